package io.tributary.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestResources;

class OpenApiResourceTest {

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
    void documentDescribesHealthAndTheApi() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/openapi.json");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode document = ApiServer.json(response);
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals("Tributary", document.at("/info/title").asText());
        assertEquals(ApiServer.VERSION, document.at("/info/version").asText());
        assertEquals("/api/v1", document.at("/servers/0/url").asText());
        JsonNode health = document.at("/paths/~1health/get");
        assertFalse(health.isMissingNode(), document::toPrettyString);
        assertTrue(health.at("/responses").has("200"));
        assertTrue(health.at("/responses").has("503"));
    }

    @Test
    void documentFollowsContributedResources() throws Exception {
        server.api().addResource(new TestResources.Orders());
        assertTrue(ApiServer.json(server.get("/api/v1/openapi.json")).at("/paths").has("/orders"));

        server.api().addResource(new TestResources.Ping());
        assertTrue(ApiServer.json(server.get("/api/v1/openapi.json")).at("/paths").has("/ping"));
    }
}
