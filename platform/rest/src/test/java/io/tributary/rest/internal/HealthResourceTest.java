package io.tributary.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeStore;

class HealthResourceTest {

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
    void healthIsUpWhenTheStoreAnswers() throws Exception {
        server.setStore(new FakeStore());
        server.servesSignIn();

        HttpResponse<String> response = server.get("/api/v1/health");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode health = ApiServer.json(response);
        assertEquals("UP", health.get("status").asText());
        assertEquals(ApiServer.VERSION, health.get("version").asText());
        assertEquals("derby", health.at("/store/kind").asText());
        assertEquals("UP", health.at("/store/status").asText());
        assertEquals("UP", health.get("signIn").asText());
    }

    @Test
    void healthIsDownUntilSignInIsServed() throws Exception {
        server.setStore(new FakeStore());

        HttpResponse<String> response = server.get("/api/v1/health");

        assertEquals(503, response.statusCode());
        assertEquals("DOWN", ApiServer.json(response).get("signIn").asText());
        assertEquals("UP", ApiServer.json(response).at("/store/status").asText());
    }

    @Test
    void healthIsDownWhenTheStoreDoesNotAnswer() throws Exception {
        FakeStore store = new FakeStore();
        store.setAvailable(false);
        server.setStore(store);

        HttpResponse<String> response = server.get("/api/v1/health");

        assertEquals(503, response.statusCode());
        JsonNode health = ApiServer.json(response);
        assertEquals("DOWN", health.get("status").asText());
        assertEquals("derby", health.at("/store/kind").asText());
        assertEquals("DOWN", health.at("/store/status").asText());
    }

    @Test
    void healthIsDownWithNullKindWhenThereIsNoStore() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/health");

        assertEquals(503, response.statusCode());
        JsonNode health = ApiServer.json(response);
        assertEquals("DOWN", health.get("status").asText());
        assertTrue(health.at("/store").has("kind"));
        assertTrue(health.at("/store/kind").isNull());
        assertEquals("DOWN", health.at("/store/status").asText());
    }

    @Test
    void bundleVersionIsTheFilteredProjectVersion() {
        assertEquals(System.getProperty("project.version"), ApiApplication.projectVersion());
    }
}
