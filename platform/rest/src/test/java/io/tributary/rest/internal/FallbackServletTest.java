package io.tributary.rest.internal;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;

class FallbackServletTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void pathOutsideTheApiIs404Problem() throws Exception {
        JsonNode problem = assertProblem(server.get("/index.html"), 404);

        assertTrue(problem.get("detail").asText().contains("/index.html"));
    }

    @Test
    void anyMethodOutsideTheApiIs404Problem() throws Exception {
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))), 404);
    }
}
