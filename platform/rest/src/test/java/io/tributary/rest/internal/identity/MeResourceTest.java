package io.tributary.rest.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestCallers;

class MeResourceTest {

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new MeResource(server.identity()));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void profileShowsUserTenantAndMembershipsWithLowerCaseRoles() throws Exception {
        server.actAs(TestCallers.MANAGER);

        HttpResponse<String> response = server.get("/api/v1/me");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode me = ApiServer.json(response);
        assertEquals("u-manager", me.at("/user/id").asText());
        assertEquals("member", me.at("/user/tenantRole").asText());
        assertEquals(TestCallers.TENANT, me.at("/tenant/id").asText());
        assertEquals(TestCallers.WORKSPACE, me.at("/memberships/0/workspaceId").asText());
        assertEquals("manage", me.at("/memberships/0/role").asText());
    }

    @Test
    void operatorFlagAndOwnerRoleAreShown() throws Exception {
        server.actAs(TestCallers.OPERATOR);

        JsonNode me = ApiServer.json(server.get("/api/v1/me"));

        assertEquals("owner", me.at("/user/tenantRole").asText());
        assertEquals(true, me.at("/user/operator").asBoolean());
        assertEquals(0, me.get("memberships").size());
    }
}
