package io.tributary.shell.internal;

import java.io.PrintStream;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;

/** Prints a refusal with every reason it carries, one per line, so nothing is hidden behind the first. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(PrintStream err, Problem problem) {
        String detail = problem.detail() == null ? problem.title() : problem.detail();
        err.println("Refused (" + problem.status() + " " + problem.title() + "): " + detail);
        for (FieldError error : problem.errors()) {
            err.println("  - " + error.field() + ": " + error.message());
        }
    }
}
