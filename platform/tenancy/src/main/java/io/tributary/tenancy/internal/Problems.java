package io.tributary.tenancy.internal;

import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.problem.RetryLaterException;

/** The problems the tenancy services raise; details name things, never secrets or stored values. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "Unauthorized", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    /** Unknown, or belonging to another tenant: the answer is the same so that existence is not revealed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", "No such " + what));
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(
                new Problem("about:blank", "Conflict", 409, detail, List.of(new FieldError(field, detail))));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields break the rules";
        return new ProblemException(Problem.invalid(detail, errors));
    }

    public static RetryLaterException tooManyRequests(long retryAfterSeconds) {
        return new RetryLaterException(Problem.of(429, "Too Many Requests",
                "Too many failed sign-ins; retry after " + retryAfterSeconds + " seconds"), retryAfterSeconds);
    }
}
