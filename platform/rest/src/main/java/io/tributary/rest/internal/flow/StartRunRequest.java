package io.tributary.rest.internal.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The body of {@code POST /flows/{id}/runs}; it may be left out for a normal run. */
@Schema(name = "RunRequest")
public record StartRunRequest(@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                              @Schema(type = "string", allowableValues = {"normal", "test"},
                                      description = "normal when absent")
                              RunMode mode,
                              @Schema(description = "test runs only: the most records to read, 1 to "
                                      + StartRunRequest.MAX_LIMIT + ", " + RunRequest.DEFAULT_TEST_LIMIT
                                      + " when absent")
                              Integer limit) {

    static final int MAX_LIMIT = 1000;

    /** @throws ProblemException 422 naming {@code limit} when it does not fit the mode */
    RunRequest toRunRequest() {
        if (mode != RunMode.TEST) {
            if (limit != null) {
                throw invalidLimit("applies to test runs only");
            }
            return new RunRequest(RunMode.NORMAL, null);
        }
        if (limit == null) {
            return new RunRequest(RunMode.TEST, RunRequest.DEFAULT_TEST_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalidLimit("must be between 1 and " + MAX_LIMIT);
        }
        return new RunRequest(RunMode.TEST, limit);
    }

    private static ProblemException invalidLimit(String message) {
        return new ProblemException(Problem.invalid("The run request is not valid.",
                List.of(new FieldError("limit", message))));
    }
}
