package io.tributary.rest.internal.marketplace.install;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeInstaller;
import io.tributary.rest.internal.testing.TestCallers;

class TrustedPublisherResourceTest {

    private final FakeInstaller installer = new FakeInstaller();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new TrustedPublisherResource(installer));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void trustIs201WithThePinnedKeyOfTheLocalMarketplaceByDefault() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/marketplace/trusted-publishers",
                "{\"publisherId\": \"p-1\"}");

        assertEquals(201, response.statusCode(), response::body);
        JsonNode trusted = ApiServer.json(response);
        assertEquals("p-1", trusted.get("publisherId").asText());
        assertEquals("local", trusted.get("marketplace").asText());
        assertEquals("operator", trusted.get("trustedBy").asText());
        assertNull(installer.lastFingerprint);
    }

    @Test
    void marketplaceAndFingerprintArePassedOn() throws Exception {
        JsonNode trusted = ApiServer.json(server.postJson("/api/v1/marketplace/trusted-publishers",
                "{\"publisherId\": \"p-2\", \"marketplace\": \"partners\", \"fingerprint\": \"fe01\"}"));

        assertEquals("partners", trusted.get("marketplace").asText());
        assertEquals("fe01", installer.lastFingerprint);
    }

    @Test
    void aMissingPublisherIdIs422NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/marketplace/trusted-publishers", "{}"), 422);

        assertEquals("publisherId", problem.at("/errors/0/field").asText());
    }

    @Test
    void listIsByName() throws Exception {
        installer.trust(TestCallers.OPERATOR, null, "p-2", null);
        installer.trust(TestCallers.OPERATOR, null, "p-1", null);

        JsonNode page = ApiServer.json(server.get("/api/v1/marketplace/trusted-publishers"));

        assertEquals("p-1", page.at("/items/0/publisherId").asText());
        assertEquals("p-2", page.at("/items/1/publisherId").asText());
        assertTrue(page.get("next").isNull());
    }

    @Test
    void distrustIs204ThenUnknown() throws Exception {
        installer.trust(TestCallers.OPERATOR, null, "p-1", null);

        assertEquals(204, server.delete("/api/v1/marketplace/trusted-publishers/p-1").statusCode());
        assertTrue(installer.trusted.isEmpty());
        assertProblem(server.delete("/api/v1/marketplace/trusted-publishers/p-1"), 404);
    }
}
