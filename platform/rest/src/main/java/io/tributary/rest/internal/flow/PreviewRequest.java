package io.tributary.rest.internal.flow;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The body of {@code POST /flows/{id}/preview}; it may be left out to preview the source's first records. */
public record PreviewRequest(@ArraySchema(schema = @Schema(type = "object"), arraySchema = @Schema(
                                     description = "record data objects to run the steps over; absent to read the "
                                             + "source's first page instead"))
                             ArrayNode sample,
                             @Schema(description = "without a sample: the most records to read from the source, 1 to "
                                     + StartRunRequest.MAX_LIMIT + ", " + RunRequest.DEFAULT_TEST_LIMIT
                                     + " when absent")
                             Integer limit) {

    /** @throws ProblemException 422 naming every sample element that is not an object, and a limit out of range */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (sample != null) {
            for (int i = 0; i < sample.size(); i++) {
                if (!sample.get(i).isObject()) {
                    errors.add(new FieldError("sample[" + i + "]", "must be an object"));
                }
            }
        }
        if (limit != null && (limit < 1 || limit > StartRunRequest.MAX_LIMIT)) {
            errors.add(new FieldError("limit", "must be between 1 and " + StartRunRequest.MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The preview request is not valid.", errors));
        }
    }

    int sourceLimit() {
        return limit == null ? RunRequest.DEFAULT_TEST_LIMIT : limit;
    }
}
