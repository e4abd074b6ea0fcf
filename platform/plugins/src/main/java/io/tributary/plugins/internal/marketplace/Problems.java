package io.tributary.plugins.internal.marketplace;

import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The problems the marketplace installer ends a request with. */
final class Problems {

    private Problems() {
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** 409 with one error per item, so that a caller can show them as a list. */
    static ProblemException conflict(String detail, String field, List<String> items) {
        List<FieldError> errors = items.stream().map(item -> new FieldError(field, item)).toList();
        return new ProblemException(new Problem("about:blank", "Conflict", 409, detail, errors));
    }

    static ProblemException invalid(String field, String message) {
        return invalid(field + " " + message, List.of(new FieldError(field, message)));
    }

    static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.invalid(detail, errors));
    }

    /** 502: a marketplace failed to answer or answered nonsense. */
    static ProblemException badGateway(String detail) {
        return new ProblemException(Problem.of(502, "Bad Gateway", detail));
    }

    static ProblemException failed(String detail) {
        return new ProblemException(Problem.of(500, "Internal Server Error", detail));
    }
}
