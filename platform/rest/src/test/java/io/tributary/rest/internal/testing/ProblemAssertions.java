package io.tributary.rest.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks the shape every error of the API has. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts an application/problem+json response with the status and all five keys; returns its body. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        return assertProblem(new ApiServer.Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body()), status);
    }

    /** The same for an answer read off the socket. */
    public static JsonNode assertProblem(ApiServer.Answer response, int status) throws IOException {
        assertEquals(status, response.status(), response::body);
        assertEquals("application/problem+json", response.contentType());
        JsonNode problem = new ObjectMapper().readTree(response.body());
        List<String> keys = new ArrayList<>();
        problem.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("type", "title", "status", "detail", "errors"), keys);
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("errors").isArray());
        return problem;
    }
}
