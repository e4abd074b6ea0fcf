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

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeTenancy;
import io.tributary.rest.internal.testing.TestCallers;

class WorkspaceResourceTest {

    private final FakeTenancy tenancy = new FakeTenancy();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new WorkspaceResource(tenancy));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createIs201WithLocationInTheCallersTenant() throws Exception {
        HttpResponse<String> created = server.postJson("/api/v1/workspaces", "{\"name\": \"Orders\"}");

        assertEquals(201, created.statusCode(), created::body);
        JsonNode workspace = ApiServer.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/workspaces/" + workspace.get("id").asText()));
        assertEquals(TestCallers.TENANT, workspace.get("tenantId").asText());
        assertFalse(workspace.get("sandbox").asBoolean());
        assertTrue(workspace.get("members").isArray());
    }

    @Test
    void listIsSortedByNameAndPaged() throws Exception {
        create("Zeta");
        create("Alpha");

        JsonNode first = ApiServer.json(server.get("/api/v1/workspaces?limit=1"));
        JsonNode second = ApiServer.json(server.get("/api/v1/workspaces?limit=1&cursor=" + first.get("next").asText()));

        assertEquals("Alpha", first.at("/items/0/name").asText());
        assertEquals("Zeta", second.at("/items/0/name").asText());
        assertTrue(second.get("next").isNull());
    }

    @Test
    void patchChangesOnlyWhatIsGiven() throws Exception {
        String id = create("Orders");

        HttpResponse<String> patched = server.send(HttpRequest.newBuilder(server.uri("/api/v1/workspaces/" + id))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"EU orders\"}")));

        assertEquals(200, patched.statusCode(), patched::body);
        assertEquals("Orders", ApiServer.json(patched).get("name").asText());
        assertEquals("EU orders", ApiServer.json(patched).get("description").asText());
    }

    @Test
    void deleteIs204() throws Exception {
        String id = create("Orders");

        assertEquals(204, server.delete("/api/v1/workspaces/" + id).statusCode());
        assertProblem(server.get("/api/v1/workspaces/" + id), 404);
    }

    @Test
    void cloneIs201AtTheNewWorkspaceAndSandboxWhenAsked() throws Exception {
        String id = create("Orders");

        HttpResponse<String> cloned = server.postJson("/api/v1/workspaces/" + id + "/clone",
                "{\"name\": \"Orders sandbox\", \"sandbox\": true}");

        assertEquals(201, cloned.statusCode(), cloned::body);
        JsonNode copy = ApiServer.json(cloned);
        String location = cloned.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/workspaces/" + copy.get("id").asText()), location);
        assertTrue(copy.get("sandbox").asBoolean());
        assertFalse(ApiServer.json(server.postJson("/api/v1/workspaces/" + id + "/clone", "{\"name\": \"Copy\"}"))
                .get("sandbox").asBoolean());
    }

    @Test
    void cloneWithoutNameIs422() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/workspaces/w-1/clone", "{\"sandbox\": true}"), 422);

        assertEquals("name", problem.at("/errors/0/field").asText());
    }

    @Test
    void exportedDocumentCanBeImported() throws Exception {
        String id = create("Orders");

        HttpResponse<String> exported = server.get("/api/v1/workspaces/" + id + "/export");
        HttpResponse<String> imported = server.postJson("/api/v1/workspaces/" + id + "/import", exported.body());

        assertEquals(200, exported.statusCode(), exported::body);
        assertEquals("Orders", ApiServer.json(exported).get("workspace").asText());
        assertEquals(200, imported.statusCode(), imported::body);
        assertEquals(ApiServer.json(exported), tenancy.lastImport);
    }

    @Test
    void importOfNullIs400() throws Exception {
        assertProblem(server.postJson("/api/v1/workspaces/" + create("Orders") + "/import", "null"), 400);
    }

    private String create(String name) throws Exception {
        return ApiServer.json(server.postJson("/api/v1/workspaces", "{\"name\": \"" + name + "\"}")).get("id").asText();
    }
}
