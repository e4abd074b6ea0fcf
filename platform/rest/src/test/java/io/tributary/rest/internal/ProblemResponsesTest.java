package io.tributary.rest.internal;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestResources;

class ProblemResponsesTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new TestResources.Orders());
        server.api().addResource(new TestResources.Failures());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void unknownPathIs404NamingThePath() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/no/such/thing"), 404);

        assertEquals("Not Found", problem.get("title").asText());
        assertTrue(problem.get("detail").asText().contains("/api/v1/no/such/thing"));
    }

    @Test
    void wrongMethodIs405KeepingTheAllowHeader() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/health"))
                .DELETE());

        JsonNode problem = assertProblem(response, 405);
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
        assertTrue(problem.get("detail").asText().startsWith("Method DELETE is not allowed for /api/v1/health"));
    }

    @Test
    void unacceptableMediaTypeIs406() throws Exception {
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/health"))
                .header("Accept", "text/html")), 406);
    }

    @Test
    void errorStatusWithoutBodyGetsAProblemBody() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/failures/bare-conflict"), 409);

        assertEquals("Conflict", problem.get("title").asText());
    }

    @Test
    void unsupportedContentTypeIs415() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/orders"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertProblem(response, 415);
    }

    @Test
    void malformedJsonIs400WithoutEchoingTheBody() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/orders", "{\"customer\": \"acme\", secret-token");

        JsonNode problem = assertProblem(response, 400);
        assertTrue(problem.get("detail").asText().startsWith("The request body is not valid JSON"));
        assertFalse(response.body().contains("secret-token"));
    }

    @Test
    void emptyJsonBodyIs400() throws Exception {
        assertProblem(server.postJson("/api/v1/orders", ""), 400);
    }

    @Test
    void wrongFieldTypeIs400NamingTheField() throws Exception {
        String order = "{\"customer\": \"acme\", \"lines\": [{\"sku\": \"a\", \"quantity\": \"many\"}]}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", order), 400);

        assertEquals("lines[0].quantity", problem.at("/errors/0/field").asText());
        assertEquals("must be a number", problem.at("/errors/0/message").asText());
        assertFalse(problem.toString().contains("many"));
    }

    @Test
    void bodyOfTheWrongJsonTypeIs400() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", "[1, 2]"), 400);

        assertEquals("The request body must be an object.", problem.get("detail").asText());
    }

    @Test
    void malformedDateIs400AskingForIso8601() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", "{\"placedAt\": \"yesterday\"}"), 400);

        assertEquals("placedAt", problem.at("/errors/0/field").asText());
        assertEquals("must be an ISO-8601 date or time", problem.at("/errors/0/message").asText());
    }

    @Test
    void malformedContentTypeHeaderIs400Problem() throws Exception {
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/orders"))
                .header("Content-Type", "application/json; charset=??")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 400);
    }

    @Test
    void unknownFieldIs400NamingTheField() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", "{\"customr\": \"acme\"}"), 400);

        assertEquals("customr", problem.at("/errors/0/field").asText());
    }

    @Test
    void aDuplicateKeyIs400NamingTheKey() throws Exception {
        String order = "{\"customer\": \"acme\", \"lines\": [], \"customer\": \"other\"}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", order), 400);

        assertEquals("customer", problem.at("/errors/0/field").asText());
        assertEquals("is given more than once", problem.at("/errors/0/message").asText());
        assertFalse(problem.toString().contains("other"));
    }

    @Test
    void aDuplicateKeyInANestedObjectIs400NamingItsPath() throws Exception {
        String order = "{\"lines\": [{\"sku\": \"a\", \"quantity\": 1, \"sku\": \"b\"}]}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", order), 400);

        assertEquals("lines[0].sku", problem.at("/errors/0/field").asText());
    }

    @Test
    void jsonNestedDeeperThanTheParsersLimitIs400NamingTheLimit() throws Exception {
        int depth = StreamReadConstraints.DEFAULT_MAX_DEPTH + 1;
        // an unknown field is skipped to its end before it is refused: the parser meets the limit on the way
        String order = "{\"notes\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

        JsonNode problem = assertProblem(server.postJson("/api/v1/orders", order), 400);

        assertEquals("The request body exceeds a limit of the JSON parser: document nesting depth may be at most "
                + StreamReadConstraints.DEFAULT_MAX_DEPTH + ".", problem.get("detail").asText());
    }

    @Test
    void datesAreReadAndWrittenAsIso8601() throws Exception {
        String order = "{\"customer\": \"acme\", \"placedAt\": \"2026-01-02T03:04:05Z\", \"lines\": []}";

        HttpResponse<String> response = server.postJson("/api/v1/orders", order);

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("2026-01-02T03:04:05Z", ApiServer.json(response).get("placedAt").asText());
    }

    @Test
    void badQueryParameterIs400NamingTheParameter() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/orders?limit=lots"), 400);

        assertEquals("limit", problem.at("/errors/0/field").asText());
    }

    @Test
    void problemExceptionIsAnsweredAsItIs() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/failures/rule"), 422);

        assertEquals("The flow is not valid.", problem.get("detail").asText());
        assertEquals("source.table", problem.at("/errors/0/field").asText());
    }

    @Test
    void unexpectedExceptionIs500WithAReferenceAndNoInternals() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/failures/bug");

        JsonNode problem = assertProblem(response, 500);
        assertTrue(problem.get("detail").asText().matches(".*Reference: [0-9a-f-]{36}"));
        assertFalse(response.body().contains("secret internal detail"));
        assertFalse(response.body().contains("IllegalStateException"));
        assertFalse(response.body().contains("at io.tributary"));
    }
}
