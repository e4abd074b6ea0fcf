package io.tributary.engine.internal.common;

import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The problems the engine's services raise; details name things, never secrets or record data. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    /** Unknown, or belonging to another tenant: the answer is the same so that existence is not revealed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", "No such " + what));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(
                new Problem("about:blank", "Conflict", 409, detail, List.of(new FieldError(field, detail))));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "Content Too Large", detail));
    }

    public static ProblemException tooManyRequests(String detail) {
        return new ProblemException(Problem.of(429, "Too Many Requests", detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "Service Unavailable", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field + " " + message, List.of(new FieldError(field, message))));
    }
}
