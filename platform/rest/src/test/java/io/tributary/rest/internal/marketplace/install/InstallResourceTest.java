package io.tributary.rest.internal.marketplace.install;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeInstaller;
import io.tributary.rest.internal.testing.TestCallers;

class InstallResourceTest {

    private final FakeInstaller installer = new FakeInstaller();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new InstallResource(installer));
        installer.installable.put("postgresql", List.of("1.0.0", "1.1.0"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void installIs201WithWhatWasInstalledKindsInLowerCase() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/marketplace/install",
                "{\"listingId\": \"postgresql\", \"version\": \"1.0.0\"}");

        assertEquals(201, response.statusCode(), response::body);
        JsonNode result = ApiServer.json(response);
        assertEquals("1.0.0", installer.lastVersion);
        assertEquals(TestCallers.OPERATOR, installer.lastCaller);
        assertEquals("postgresql", result.at("/item/listingId").asText());
        assertEquals("connector", result.at("/item/kind").asText());
        assertEquals("local", result.at("/item/marketplace").asText());
        assertEquals(42, result.at("/item/bundleId").asLong());
        assertEquals("2026-03-01T10:00:00Z", result.at("/item/installedAt").asText());
        assertEquals("connector", result.at("/installed/0/kind").asText());
        assertEquals("[]", result.get("removed").toString());
        assertEquals("[]", result.get("warnings").toString());
    }

    @Test
    void withoutAVersionTheInstallerPicksTheHighest() throws Exception {
        JsonNode result = ApiServer.json(server.postJson("/api/v1/marketplace/install",
                "{\"listingId\": \"postgresql\"}"));

        assertNull(installer.lastVersion);
        assertEquals("1.1.0", result.at("/item/version").asText());
    }

    @Test
    void aMissingListingIdIs422NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/marketplace/install", "{\"version\": \"1.0.0\"}"),
                422);

        assertEquals("listingId", problem.at("/errors/0/field").asText());
        assertNull(installer.lastCaller);
    }

    @Test
    void theInstallersProblemsArePassedOn() throws Exception {
        assertProblem(server.postJson("/api/v1/marketplace/install", "{\"listingId\": \"nope\"}"), 404);
        server.postJson("/api/v1/marketplace/install", "{\"listingId\": \"postgresql\"}");
        assertProblem(server.postJson("/api/v1/marketplace/install", "{\"listingId\": \"postgresql\"}"), 409);
    }
}
