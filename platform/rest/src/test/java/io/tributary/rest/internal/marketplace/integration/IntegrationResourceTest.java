package io.tributary.rest.internal.marketplace.integration;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeIntegrations;
import io.tributary.rest.internal.testing.TestCallers;

class IntegrationResourceTest {

    private final FakeIntegrations integrations = new FakeIntegrations();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new IntegrationResource(integrations));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void installIs201WithLocationSlotsToFillAndDisabledFlows() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/integrations", "{\"listingId\": \"pg-maria-sync\", "
                + "\"version\": \"2.0.0\", \"workspaceName\": \"Sync\", \"settings\": {\"table\": \"customers\"}}");

        assertEquals(201, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/integrations/i-1"));
        JsonNode integration = ApiServer.json(response);
        assertEquals("t-acme", integration.get("tenantId").asText());
        assertEquals("pg-maria-sync", integration.get("listingId").asText());
        assertEquals("customers", integration.at("/settings/table").asText());
        assertEquals("{\"name\":\"source\",\"title\":\"The source database\",\"connectorId\":\"postgresql\","
                + "\"range\":\"[1.0,2)\",\"connectionId\":\"c-shell-source\",\"filled\":false}",
                integration.at("/slots/0").toString());
        assertEquals("{\"template\":\"sync\",\"flowId\":\"f-i-1\",\"name\":\"Sync orders\",\"enabled\":false}",
                integration.at("/flows/0").toString());
        assertEquals("2026-03-01T10:00:00Z", integration.get("installedAt").asText());
        assertEquals("Sync", integrations.lastWorkspaceName);
        assertEquals("2.0.0", integrations.lastVersion);
    }

    @Test
    void installWithTheListingAloneLeavesTheRestToTheService() throws Exception {
        server.postJson("/api/v1/integrations", "{\"listingId\": \"pg-maria-sync\"}");

        assertNull(integrations.lastVersion);
        assertNull(integrations.lastWorkspaceName);
        assertNull(integrations.lastSettings);
        assertEquals(TestCallers.ADMIN, integrations.lastCaller);
    }

    @Test
    void aMissingListingIdIs422NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/integrations", "{\"version\": \"2.0.0\"}"), 422);

        assertEquals("listingId", problem.at("/errors/0/field").asText());
    }

    @Test
    void settingsThatAreNotAnObjectAre400NamingThem() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/integrations",
                "{\"listingId\": \"pg-maria-sync\", \"settings\": [1]}"), 400);

        assertEquals("settings", problem.at("/errors/0/field").asText());
    }

    @Test
    void listIsByNameAndOneIsReadById() throws Exception {
        install("Zeta");
        install("Alpha");

        JsonNode page = ApiServer.json(server.get("/api/v1/integrations"));

        assertEquals("Alpha", page.at("/items/0/name").asText());
        assertEquals("Zeta", page.at("/items/1/name").asText());
        assertEquals("Zeta", ApiServer.json(server.get("/api/v1/integrations/i-1")).get("name").asText());
        assertProblem(server.get("/api/v1/integrations/i-9"), 404);
    }

    @Test
    void connectionsMapSlotsAndLeaveTheOthers() throws Exception {
        install("Sync");

        HttpResponse<String> response = server.sendJson("PUT", "/api/v1/integrations/i-1/connections",
                "{\"target\": \"c-maria\"}");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(Map.of("target", "c-maria"), integrations.lastConnections);
        JsonNode integration = ApiServer.json(response);
        assertEquals("c-shell-source", integration.at("/slots/0/connectionId").asText());
        assertEquals("c-maria", integration.at("/slots/1/connectionId").asText());
        assertTrue(integration.at("/slots/1/filled").asBoolean());
    }

    @Test
    void aSlotWithoutAConnectionIdIs422NamingEachSlot() throws Exception {
        install("Sync");

        JsonNode problem = assertProblem(server.sendJson("PUT", "/api/v1/integrations/i-1/connections",
                "{\"source\": 7, \"target\": \" \"}"), 422);

        assertEquals("source", problem.at("/errors/0/field").asText());
        assertEquals("must be a connection id", problem.at("/errors/0/message").asText());
        assertEquals("target", problem.at("/errors/1/field").asText());
        assertNull(integrations.lastConnections);
    }

    @Test
    void theServicesRefusalOfASlotIsPassedOn() throws Exception {
        install("Sync");

        JsonNode problem = assertProblem(server.sendJson("PUT", "/api/v1/integrations/i-1/connections",
                "{\"archive\": \"c-1\"}"), 422);

        assertEquals("archive", problem.at("/errors/0/field").asText());
    }

    @Test
    void settingsAreTheWholeBody() throws Exception {
        install("Sync");

        HttpResponse<String> response = server.sendJson("PUT", "/api/v1/integrations/i-1/settings",
                "{\"table\": \"invoices\", \"batch\": 500}");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("{\"table\":\"invoices\",\"batch\":500}", integrations.lastSettings.toString());
        assertEquals("invoices", ApiServer.json(response).at("/settings/table").asText());
    }

    @Test
    void upgradeTakesAnOptionalVersion() throws Exception {
        install("Sync");

        HttpResponse<String> toVersion = server.postJson("/api/v1/integrations/i-1/upgrade", "{\"version\": \"2.1.0\"}");
        assertEquals(200, toVersion.statusCode(), toVersion::body);
        assertEquals("2.1.0", ApiServer.json(toVersion).get("version").asText());

        HttpResponse<String> toHighest = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/integrations/i-1/upgrade")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, toHighest.statusCode(), toHighest::body);
        assertNull(integrations.lastVersion);
    }

    @Test
    void uninstallIs204ThenUnknown() throws Exception {
        install("Sync");

        assertEquals(204, server.delete("/api/v1/integrations/i-1").statusCode());
        assertProblem(server.delete("/api/v1/integrations/i-1"), 404);
    }

    private void install(String workspaceName) throws Exception {
        integrations.install(TestCallers.ADMIN, "pg-maria-sync", null, workspaceName, null);
    }
}
