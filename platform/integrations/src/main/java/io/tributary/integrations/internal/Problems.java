package io.tributary.integrations.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The problems the integration service raises. */
final class Problems {

    private Problems() {
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    /** Unknown, or not visible to the caller: the same answer, so that existence is not revealed. */
    static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", "No such " + what));
    }

    static ProblemException conflict(String field, String detail) {
        return new ProblemException(
                new Problem("about:blank", "Conflict", 409, detail, List.of(new FieldError(field, detail))));
    }

    static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(Problem.invalid(detail(errors), errors));
    }

    /** The same problem, its fields renamed: what a service named in its terms, in the caller's. */
    static ProblemException renamed(ProblemException e, UnaryOperator<String> rename) {
        Problem problem = e.problem();
        List<FieldError> errors = problem.errors().stream()
                .map(error -> new FieldError(rename.apply(error.field()), error.message())).toList();
        String detail = errors.isEmpty() ? problem.detail() : detail(errors);
        return new ProblemException(new Problem(problem.type(), problem.title(), problem.status(), detail, errors));
    }

    private static String detail(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields break the rules";
    }
}
