package io.tributary.marketplace.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The problem the call ends with, checked to have this status. */
    public static Problem problem(int status, Executable call) {
        Problem problem = assertThrows(ProblemException.class, call).problem();
        assertEquals(status, problem.status(), problem::toString);
        return problem;
    }

    /** The names of the fields a problem names, in order. */
    public static List<String> fields(Problem problem) {
        return problem.errors().stream().map(FieldError::field).toList();
    }
}
