package io.tributary.plugins.internal.marketplace;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** Assertion helpers for the problems the installer answers. */
final class Refusals {

    private Refusals() {
    }

    static Problem refusal(Executable call) {
        return assertThrows(ProblemException.class, call).problem();
    }

    static List<String> fields(Problem problem) {
        return problem.errors().stream().map(FieldError::field).toList();
    }

    static String message(Problem problem, String field) {
        return problem.errors().stream().filter(error -> error.field().equals(field)).map(FieldError::message)
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }
}
