package io.tributary.rest.internal.connection;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.ConnectionService;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeConnections;
import io.tributary.rest.internal.testing.TestCallers;

class ConnectionResourceTest {

    private static final String SHOP = "{\"workspaceId\": \"w-orders\", "
            + "\"connector\": {\"id\": \"http\", \"version\": \"1.0.0\"}, \"name\": \"Shop\", "
            + "\"config\": {\"host\": \"shop.test\", \"password\": \"s3cret\"}}";

    private final FakeConnections connections = new FakeConnections();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new ConnectionResource(connections));
        server.actAs(TestCallers.MANAGER);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createIs201WithLocationConnectorNestedAndSecretMasked() throws Exception {
        HttpResponse<String> created = server.postJson("/api/v1/connections", SHOP);

        assertEquals(201, created.statusCode(), created::body);
        JsonNode connection = ApiServer.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/connections/c-1"));
        assertEquals("http", connection.at("/connector/id").asText());
        assertEquals("1.0.0", connection.at("/connector/version").asText());
        assertEquals(ConnectionService.MASK, connection.at("/config/password").asText());
        assertFalse(created.body().contains("s3cret"));
        assertEquals("http", connections.lastDraft.connectorId());
    }

    @Test
    void missingFieldsAre422NamingEachWithItsPath() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/connections", "{\"connector\": {}}"), 422);

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(List.of("workspaceId", "connector.id", "connector.version", "name"), fields);
    }

    @Test
    void absentConfigIsAnEmptyObject() throws Exception {
        server.postJson("/api/v1/connections", "{\"workspaceId\": \"w-orders\", \"connector\": {\"id\": \"http\", "
                + "\"version\": \"1.0.0\"}, \"name\": \"Bare\"}");

        assertTrue(connections.lastDraft.config().isEmpty());
    }

    @Test
    void listFiltersByWorkspace() throws Exception {
        server.postJson("/api/v1/connections", SHOP);

        JsonNode page = ApiServer.json(server.get("/api/v1/connections?workspace=w-orders"));

        assertEquals("w-orders", connections.lastListedWorkspace);
        assertEquals("Shop", page.at("/items/0/name").asText());
        assertTrue(page.get("next").isNull());
    }

    @Test
    void readThenPutBackKeepsTheShape() throws Exception {
        server.postJson("/api/v1/connections", SHOP);
        String read = server.get("/api/v1/connections/c-1").body();

        HttpResponse<String> updated = server.sendJson("PUT", "/api/v1/connections/c-1",
                read.replace("\"Shop\"", "\"Shop EU\""));

        assertEquals(200, updated.statusCode(), updated::body);
        assertEquals("Shop EU", ApiServer.json(updated).get("name").asText());
        assertEquals(ConnectionService.MASK, connections.lastDraft.config().get("password").asText());
    }

    @Test
    void deleteIs204() throws Exception {
        server.postJson("/api/v1/connections", SHOP);

        assertEquals(204, server.delete("/api/v1/connections/c-1").statusCode());
        assertProblem(server.get("/api/v1/connections/c-1"), 404);
    }

    @Test
    void testAnswersOkAndMessage() throws Exception {
        server.postJson("/api/v1/connections", SHOP);

        HttpResponse<String> tested = server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections/c-1/test"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, tested.statusCode(), tested::body);
        assertFalse(ApiServer.json(tested).get("ok").asBoolean());
        assertEquals("Host shop.test refused.", ApiServer.json(tested).get("message").asText());
    }
}
