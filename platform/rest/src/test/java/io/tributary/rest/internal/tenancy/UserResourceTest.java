package io.tributary.rest.internal.tenancy;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeTenancy;
import io.tributary.rest.internal.testing.TestCallers;

class UserResourceTest {

    private final FakeTenancy tenancy = new FakeTenancy();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new UserResource(tenancy));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createIs201WithLocationAndRoleInLowerCase() throws Exception {
        HttpResponse<String> created = create("bob", "\"admin\"");

        assertEquals(201, created.statusCode(), created::body);
        JsonNode user = ApiServer.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/users/" + user.get("id").asText()));
        assertEquals("admin", user.get("tenantRole").asText());
        assertEquals(TenantRole.ADMIN, tenancy.lastDraft.tenantRole());
        assertFalse(created.body().contains("password"), created.body());
    }

    @Test
    void roleDefaultsToTheServicesChoice() throws Exception {
        assertEquals("member", ApiServer.json(create("bob", "null")).get("tenantRole").asText());
    }

    @Test
    void unknownRoleIs400ListingTheLowerCaseValues() throws Exception {
        JsonNode problem = assertProblem(create("bob", "\"boss\""), 400);

        assertEquals("tenantRole", problem.at("/errors/0/field").asText());
        assertEquals("must be one of [owner, admin, member]", problem.at("/errors/0/message").asText());
    }

    @Test
    void missingFieldsAre422NamingEach() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/users", "{\"username\": \"bob\"}"), 422);

        assertEquals("password", problem.at("/errors/0/field").asText());
        assertEquals("email", problem.at("/errors/1/field").asText());
    }

    @Test
    void patchChangesOnlyTheFieldsGiven() throws Exception {
        String id = ApiServer.json(create("bob", "null")).get("id").asText();

        HttpResponse<String> patched = patch(id, "{\"email\": \"robert@acme.test\", \"tenantRole\": \"admin\"}");

        assertEquals(200, patched.statusCode(), patched::body);
        assertEquals(new UserDraft(null, null, "robert@acme.test", TenantRole.ADMIN, null), tenancy.lastDraft);
        assertEquals("bob", ApiServer.json(patched).get("username").asText());
        assertEquals("admin", ApiServer.json(patched).get("tenantRole").asText());
    }

    @Test
    void patchSettingAFieldToNullIs422() throws Exception {
        String id = ApiServer.json(create("bob", "null")).get("id").asText();

        JsonNode problem = assertProblem(patch(id, "{\"email\": null}"), 422);

        assertEquals("email", problem.at("/errors/0/field").asText());
    }

    @Test
    void patchWithUnknownFieldIs400() throws Exception {
        JsonNode problem = assertProblem(patch("u-1", "{\"mail\": \"x\"}"), 400);

        assertEquals("mail", problem.at("/errors/0/field").asText());
    }

    @Test
    void getListAndDelete() throws Exception {
        String id = ApiServer.json(create("bob", "null")).get("id").asText();

        assertEquals("bob", ApiServer.json(server.get("/api/v1/users/" + id)).get("username").asText());
        assertEquals(id, ApiServer.json(server.get("/api/v1/users")).at("/items/0/id").asText());
        assertEquals(204, server.delete("/api/v1/users/" + id).statusCode());
        assertProblem(server.get("/api/v1/users/" + id), 404);
    }

    private HttpResponse<String> create(String username, String role) throws Exception {
        return server.postJson("/api/v1/users", "{\"username\": \"" + username + "\", "
                + "\"password\": \"long enough pw\", \"email\": \"" + username + "@acme.test\", "
                + "\"tenantRole\": " + role + "}");
    }

    private HttpResponse<String> patch(String id, String body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/users/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }
}
