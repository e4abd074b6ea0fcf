package io.tributary.rest.internal.marketplace.install;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.marketplace.ListingResource;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeCatalog;
import io.tributary.rest.internal.testing.FakeInstaller;

class DescriptorResourceTest {

    private final FakeInstaller installer = new FakeInstaller();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        // beside the catalog's own listing paths, as in the runtime
        server.api().addResource(new ListingResource(new FakeCatalog()));
        server.api().addResource(new DescriptorResource(installer));
        installer.installable.put("webhook-notification", List.of("1.0.0", "1.1.0"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void answersTheDescriptorOfTheVersion() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/marketplace/listings/webhook-notification/versions/1.1.0/descriptor");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode descriptor = ApiServer.json(response);
        assertEquals("webhook-notification", descriptor.get("id").asText());
        assertEquals("1.1.0", descriptor.get("version").asText());
    }

    @Test
    void anUnknownVersionIs404() throws Exception {
        assertProblem(server.get("/api/v1/marketplace/listings/webhook-notification/versions/9.0.0/descriptor"), 404);
    }
}
