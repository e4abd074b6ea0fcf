package io.tributary.integrations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** Assertions on the problems services raise. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    /** Runs {@code call}, expects a problem of {@code status}, returns it. */
    static Problem assertProblem(int status, Executable call) {
        Problem problem = assertThrows(ProblemException.class, call).problem();
        assertEquals(status, problem.status(), () -> "problem: " + problem);
        return problem;
    }
}
