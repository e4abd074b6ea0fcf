package io.tributary.rest.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.ApiApplication;
import io.tributary.rest.internal.problem.Problems;

/**
 * A JSON body that may be left out, for actions whose every option has a default (start a run, retry an error):
 * no body reads as {@code {}}. Jersey's JSON provider refuses an empty body, so such resources take the stream.
 */
public final class OptionalBody {

    private static final ObjectMapper JSON = ApiApplication.objectMapper();

    private OptionalBody() {
    }

    /**
     * @throws com.fasterxml.jackson.core.JsonProcessingException for malformed JSON, unknown fields or wrong types,
     *                                                            answered as 400 naming the field
     * @throws ProblemException                                   400 for a JSON {@code null}
     */
    public static <T extends Record> T read(InputStream body, Class<T> type) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return JSON.readValue("{}", type);
        }
        T value = JSON.readValue(bytes, type);
        if (value == null) {
            throw new ProblemException(Problem.of(400, Problems.title(400), "The request body must be an object."));
        }
        return value;
    }
}
