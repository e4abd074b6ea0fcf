package io.tributary.rest.internal.tenancy;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeTenancy;

class TenantResourceTest {

    private static final String ACME = "{\"name\": \"Acme\", \"owner\": "
            + "{\"username\": \"alice\", \"password\": \"correct horse battery\", \"email\": \"alice@acme.test\"}}";

    private final FakeTenancy tenancy = new FakeTenancy();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new TenantResource(tenancy));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createIs201WithLocationAndTheOwnerAsOwner() throws Exception {
        HttpResponse<String> created = server.postJson("/api/v1/tenants", ACME);

        assertEquals(201, created.statusCode(), created::body);
        JsonNode tenant = ApiServer.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/tenants/" + tenant.get("id").asText()));
        assertEquals("Acme", tenant.get("name").asText());
        assertEquals(new UserDraft("alice", "correct horse battery", "alice@acme.test", TenantRole.OWNER, null),
                tenancy.lastDraft);
    }

    @Test
    void missingOwnerFieldsAre422NamedWithTheirPath() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/tenants",
                "{\"name\": \"Acme\", \"owner\": {\"username\": \"alice\"}}"), 422);

        List<String> fields = List.of(problem.at("/errors/0/field").asText(), problem.at("/errors/1/field").asText());
        assertEquals(List.of("owner.password", "owner.email"), fields);
    }

    @Test
    void missingOwnerIs422() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/tenants", "{\"name\": \"Acme\"}"), 422);

        assertEquals("owner", problem.at("/errors/0/field").asText());
        assertEquals("is required", problem.at("/errors/0/message").asText());
    }

    @Test
    void listAndOneTenant() throws Exception {
        String id = ApiServer.json(server.postJson("/api/v1/tenants", ACME)).get("id").asText();

        JsonNode list = ApiServer.json(server.get("/api/v1/tenants"));
        JsonNode one = ApiServer.json(server.get("/api/v1/tenants/" + id));

        assertEquals(id, list.at("/items/0/id").asText());
        assertTrue(list.get("next").isNull());
        assertEquals("Acme", one.get("name").asText());
        assertProblem(server.get("/api/v1/tenants/t-unknown"), 404);
    }
}
