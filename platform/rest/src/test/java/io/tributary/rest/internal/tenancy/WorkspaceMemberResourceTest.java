package io.tributary.rest.internal.tenancy;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeIdentity;
import io.tributary.rest.internal.testing.FakeTenancy;
import io.tributary.rest.internal.testing.TestCallers;

class WorkspaceMemberResourceTest {

    private static final String MEMBER = "/api/v1/workspaces/w-orders/members/u-bob";

    private final FakeTenancy tenancy = new FakeTenancy();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        tenancy.workspaces.put("w-orders",
                FakeTenancy.workspace("w-orders", TestCallers.TENANT, "Orders", null, false));
        tenancy.users.put("u-bob", new User("u-bob", TestCallers.TENANT, "bob", "bob@acme.test", TenantRole.MEMBER,
                false, FakeIdentity.NOW));
        server = new ApiServer();
        server.api().addResource(new WorkspaceMemberResource(tenancy));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void putTakesAndAnswersTheRoleInLowerCase() throws Exception {
        HttpResponse<String> response = server.sendJson("PUT", MEMBER, "{\"role\": \"monitor\"}");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode membership = ApiServer.json(response);
        assertEquals("monitor", membership.get("role").asText());
        assertEquals("bob", membership.get("username").asText());
        assertEquals(WorkspaceRole.MONITOR, tenancy.workspaces.get("w-orders").members().get(0).role());
    }

    @Test
    void missingRoleIs422() throws Exception {
        JsonNode problem = assertProblem(server.sendJson("PUT", MEMBER, "{}"), 422);

        assertEquals("role", problem.at("/errors/0/field").asText());
    }

    @Test
    void unknownRoleIs400ListingTheRoles() throws Exception {
        JsonNode problem = assertProblem(server.sendJson("PUT", MEMBER, "{\"role\": \"owner\"}"), 400);

        assertEquals("must be one of [monitor, manage]", problem.at("/errors/0/message").asText());
    }

    @Test
    void removeIs204() throws Exception {
        server.sendJson("PUT", MEMBER, "{\"role\": \"manage\"}");

        assertEquals(204, server.delete(MEMBER).statusCode());
    }
}
