package io.tributary.rest.internal.flow;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.validation.Required;

/** The body of {@code POST /errors/retry}: open errors to retry, each as it is. */
public record RetryAllRequest(@Required
                              @ArraySchema(minItems = 1, maxItems = RetryAllRequest.MAX_IDS,
                                      schema = @Schema(description = "an error id"))
                              List<String> ids) {

    static final int MAX_IDS = 1000;

    /** @throws ProblemException 422 naming {@code ids} for none or too many, or each id that is blank */
    List<String> checkedIds() {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw invalid(new FieldError("ids", "must hold 1 to " + MAX_IDS + " error ids"));
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                throw invalid(new FieldError("ids[" + i + "]", "must be an error id"));
            }
        }
        return ids;
    }

    private static ProblemException invalid(FieldError error) {
        return new ProblemException(Problem.invalid("The retry request is not valid.", List.of(error)));
    }
}
