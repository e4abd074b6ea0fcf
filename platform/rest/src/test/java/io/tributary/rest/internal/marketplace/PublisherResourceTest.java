package io.tributary.rest.internal.marketplace;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeCatalog;
import io.tributary.rest.internal.testing.TestCallers;

class PublisherResourceTest {

    private static final String KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    private final FakeCatalog catalog = new FakeCatalog();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new PublisherResource(catalog));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void registerIs201WithLocationAndThePublisher() throws Exception {
        HttpResponse<String> response = register("Acme");

        assertEquals(201, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/marketplace/publishers/p-1"));
        JsonNode publisher = ApiServer.json(response);
        assertEquals("Acme", publisher.get("name").asText());
        assertEquals(KEY, publisher.get("publicKey").asText());
        assertEquals("admin", publisher.get("createdBy").asText());
        assertEquals("2026-03-01T10:00:00Z", publisher.get("createdAt").asText());
        assertEquals(TestCallers.ADMIN, catalog.lastCaller);
    }

    @Test
    void missingFieldsAre422NamingEach() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/marketplace/publishers", "{\"name\": \" \"}"), 422);

        assertEquals("name", problem.at("/errors/0/field").asText());
        assertEquals("publicKey", problem.at("/errors/1/field").asText());
    }

    @Test
    void theCatalogsConflictIsPassedOn() throws Exception {
        register("Acme");

        assertProblem(register("Acme"), 409);
    }

    @Test
    void listIsByNameAndPaged() throws Exception {
        register("Zeta");
        register("Acme");

        JsonNode page = ApiServer.json(server.get("/api/v1/marketplace/publishers?limit=1"));

        assertEquals("Acme", page.at("/items/0/name").asText());
        JsonNode rest = ApiServer.json(server.get("/api/v1/marketplace/publishers?cursor=" + page.get("next").asText()));
        assertEquals("Zeta", rest.at("/items/0/name").asText());
        assertTrue(rest.get("next").isNull());
    }

    @Test
    void onePublisherByIdOr404() throws Exception {
        register("Acme");

        assertEquals("Acme", ApiServer.json(server.get("/api/v1/marketplace/publishers/p-1")).get("name").asText());
        assertProblem(server.get("/api/v1/marketplace/publishers/p-9"), 404);
    }

    private HttpResponse<String> register(String name) throws Exception {
        return server.postJson("/api/v1/marketplace/publishers",
                "{\"name\": \"" + name + "\", \"publicKey\": \"" + KEY + "\"}");
    }
}
