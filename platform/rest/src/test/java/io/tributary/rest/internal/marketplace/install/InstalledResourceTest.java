package io.tributary.rest.internal.marketplace.install;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeInstaller;
import io.tributary.rest.internal.testing.TestCallers;

class InstalledResourceTest {

    private final FakeInstaller installer = new FakeInstaller();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new InstalledResource(installer));
        installer.installable.put("postgresql", List.of("1.0.0", "1.1.0", "1.2.0"));
        installer.installable.put("http", List.of("1.0.0"));
        installer.install(TestCallers.OPERATOR, "postgresql", "1.0.0");
        installer.install(TestCallers.OPERATOR, "http", null);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void listIsByListingAndPaged() throws Exception {
        JsonNode page = ApiServer.json(server.get("/api/v1/marketplace/installed?limit=1"));

        assertEquals("http", page.at("/items/0/listingId").asText());
        assertEquals("connector", page.at("/items/0/kind").asText());
        assertFalse(page.get("next").isNull());
        JsonNode rest = ApiServer.json(server.get("/api/v1/marketplace/installed?cursor=" + page.get("next").asText()));
        assertEquals("postgresql", rest.at("/items/0/listingId").asText());
        assertTrue(rest.get("next").isNull());
    }

    @Test
    void upgradeToAVersionAnswersWhatItReplaced() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/marketplace/installed/postgresql/upgrade",
                "{\"version\": \"1.1.0\"}");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode result = ApiServer.json(response);
        assertEquals("1.1.0", result.at("/item/version").asText());
        assertEquals("1.0.0", result.at("/removed/0/version").asText());
    }

    @Test
    void upgradeWithoutABodyMovesToTheHighest() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/marketplace/installed/postgresql/upgrade")).POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.statusCode(), response::body);
        assertNull(installer.lastVersion);
        assertEquals("1.2.0", ApiServer.json(response).at("/item/version").asText());
    }

    @Test
    void uninstallIs204AndPassesForceOn() throws Exception {
        assertEquals(204, server.delete("/api/v1/marketplace/installed/postgresql").statusCode());
        assertEquals(false, installer.lastForce);

        assertEquals(204, server.delete("/api/v1/marketplace/installed/http?force=true").statusCode());
        assertEquals(true, installer.lastForce);
        assertTrue(installer.installed.isEmpty());
    }

    @Test
    void whatIsNotInstalledIs404() throws Exception {
        assertProblem(server.delete("/api/v1/marketplace/installed/nope"), 404);
        assertProblem(server.postJson("/api/v1/marketplace/installed/nope/upgrade", "{}"), 404);
    }
}
