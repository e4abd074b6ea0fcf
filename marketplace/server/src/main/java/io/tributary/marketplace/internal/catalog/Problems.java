package io.tributary.marketplace.internal.catalog;

import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The problems the catalog raises; details name listings, versions and fields, never keys or file paths. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(
                new Problem("about:blank", "Conflict", 409, detail, List.of(new FieldError(field, detail))));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields break the rules";
        return invalid(detail, errors);
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.invalid(detail, errors));
    }
}
