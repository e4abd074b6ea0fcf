package io.tributary.rest.internal.identity;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestCallers;

class TokenResourceTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new TokenResource(server.identity()));
        server.actAs(TestCallers.MONITOR);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createdTokenIs201WithLocationAndItsSecretOnce() throws Exception {
        HttpResponse<String> created = server.postJson("/api/v1/tokens",
                "{\"name\": \"ci\", \"expiresAt\": \"2027-01-01T00:00:00Z\"}");

        assertEquals(201, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/tokens/tok-1"));
        JsonNode token = ApiServer.json(created);
        assertEquals(List.of("id", "name", "createdAt", "expiresAt", "token"), AuthResourceTest.fieldNames(token));
        assertEquals("secret-of-tok-1", token.get("token").asText());
        assertEquals("2027-01-01T00:00:00Z", token.get("expiresAt").asText());
    }

    @Test
    void listShowsTokensWithoutSecretsInPages() throws Exception {
        server.postJson("/api/v1/tokens", "{\"name\": \"b\"}");
        server.postJson("/api/v1/tokens", "{\"name\": \"a\"}");

        HttpResponse<String> first = server.get("/api/v1/tokens?limit=1");
        JsonNode page = ApiServer.json(first);
        JsonNode second = ApiServer.json(server.get("/api/v1/tokens?limit=1&cursor=" + page.get("next").asText()));

        assertEquals("a", page.at("/items/0/name").asText());
        assertEquals("b", second.at("/items/0/name").asText());
        assertTrue(second.get("next").isNull());
        assertFalse(first.body().contains("secret"));
    }

    @Test
    void revokeIs204AndUnknownTokenIsTheServices404() throws Exception {
        server.postJson("/api/v1/tokens", "{\"name\": \"ci\"}");

        assertEquals(204, server.delete("/api/v1/tokens/tok-1").statusCode());
        assertProblem(server.delete("/api/v1/tokens/tok-1"), 404);
    }

    @Test
    void missingNameIs422() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/tokens", "{}"), 422);

        assertEquals("name", problem.at("/errors/0/field").asText());
    }
}
