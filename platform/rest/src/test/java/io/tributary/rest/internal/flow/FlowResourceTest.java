package io.tributary.rest.internal.flow;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeEngine;
import io.tributary.rest.internal.testing.TestCallers;

class FlowResourceTest {

    private static final String ORDERS = """
            {"workspaceId": "w-orders", "name": "Orders",
             "source": {"connection": "c-1", "operation": "select", "config": {"table": "orders"}},
             "destinations": [{"name": "copy", "connection": "c-2", "operation": "write", "mode": "upsert",
                               "config": {"table": "orders_copy"}}]}
            """;
    private static final String HOOK = """
            {"workspaceId": "w-orders", "name": "Hook", "trigger": {"type": "webhook"}, "destinations": []}
            """;

    private final FakeEngine engine = new FakeEngine();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new FlowResource(engine));
        server.actAs(TestCallers.MANAGER);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void createIs201WithLocationAndTheDefinitionBesideTheReadOnlyFields() throws Exception {
        HttpResponse<String> created = server.postJson("/api/v1/flows", ORDERS);

        assertEquals(201, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/flows/f-1"));
        JsonNode flow = ApiServer.json(created);
        assertEquals(List.of("id", "workspaceId", "name", "enabled", "createdAt", "updatedAt", "source",
                "destinations", "trigger"), fieldNames(flow));
        assertEquals("w-orders", flow.get("workspaceId").asText());
        assertFalse(flow.get("enabled").asBoolean());
        assertEquals("orders", flow.at("/source/config/table").asText());
        assertEquals("manual", flow.at("/trigger/type").asText(), "the engine's defaults are shown");
        assertEquals("w-orders", engine.lastWorkspace);
        assertFalse(engine.lastDefinition.has("workspaceId"), "the workspace is no part of the definition");
        assertEquals(TestCallers.MANAGER, engine.lastCaller);
    }

    @Test
    void aWebhookFlowShowsTheAbsoluteUrlOfItsHookNextToTheApi() throws Exception {
        JsonNode flow = ApiServer.json(server.postJson("/api/v1/flows", HOOK));

        assertEquals(server.uri("/hooks/k-f-1").toString(), flow.get("hookUrl").asText());
        assertEquals(flow.get("hookUrl"), ApiServer.json(server.get("/api/v1/flows/f-1")).get("hookUrl"));
    }

    @Test
    void whatGetReturnsCanBePutBackAndPostedIntoAnotherWorkspace() throws Exception {
        server.postJson("/api/v1/flows", HOOK);
        ObjectNode read = (ObjectNode) ApiServer.json(server.get("/api/v1/flows/f-1"));

        HttpResponse<String> updated = server.sendJson("PUT", "/api/v1/flows/f-1",
                read.deepCopy().put("name", "Hook EU").toString());
        assertEquals(200, updated.statusCode(), updated::body);
        assertEquals("Hook EU", ApiServer.json(updated).get("name").asText());
        assertReadOnlyFieldsLeftOut(engine.lastDefinition);

        HttpResponse<String> copied = server.postJson("/api/v1/flows",
                read.deepCopy().put("workspaceId", "w-invoices").toString());
        assertEquals(201, copied.statusCode(), copied::body);
        assertEquals("f-2", ApiServer.json(copied).get("id").asText());
        assertEquals("w-invoices", engine.lastWorkspace);
        assertReadOnlyFieldsLeftOut(engine.lastDefinition);
        assertEquals(read.get("trigger"), engine.lastDefinition.get("trigger"));
    }

    @Test
    void aPutCannotMoveAFlowToAnotherWorkspace() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        server.sendJson("PUT", "/api/v1/flows/f-1", ORDERS.replace("w-orders", "w-invoices"));

        assertEquals("w-orders", ApiServer.json(server.get("/api/v1/flows/f-1")).get("workspaceId").asText());
    }

    @Test
    void createWithoutAWorkspaceIs422NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/flows", "{\"name\": \"Orders\"}"), 422);

        assertEquals("workspaceId", problem.at("/errors/0/field").asText());
        assertTrue(engine.flows.isEmpty());
    }

    @Test
    void aDefinitionTheEngineRefusesIs422AsTheEngineSaidIt() throws Exception {
        JsonNode problem = assertProblem(server.postJson("/api/v1/flows", "{\"workspaceId\": \"w-orders\"}"), 422);

        assertEquals("name", problem.at("/errors/0/field").asText());
    }

    @Test
    void aBodyThatIsNoObjectIs400() throws Exception {
        assertProblem(server.postJson("/api/v1/flows", "[]"), 400);
    }

    @Test
    void listFiltersByWorkspaceSortsByNameThenIdAndPages() throws Exception {
        server.postJson("/api/v1/flows", ORDERS.replace("Orders", "Zeta"));
        server.postJson("/api/v1/flows", ORDERS.replace("Orders", "Alpha"));
        server.postJson("/api/v1/flows", ORDERS.replace("Orders", "Alpha"));

        JsonNode first = ApiServer.json(server.get("/api/v1/flows?workspace=w-orders&limit=2"));
        JsonNode second = ApiServer.json(server.get("/api/v1/flows?workspace=w-orders&limit=2&cursor="
                + first.get("next").asText()));

        assertEquals("w-orders", engine.lastWorkspace);
        assertEquals(List.of("f-2", "f-3"), ids(first));
        assertEquals(List.of("f-1"), ids(second));
        assertTrue(second.get("next").isNull());
    }

    @Test
    void deleteIs204AndTheFlowIsGone() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        assertEquals(204, server.delete("/api/v1/flows/f-1").statusCode());
        assertProblem(server.get("/api/v1/flows/f-1"), 404);
    }

    @Test
    void enableAndDisableAnswerTheChangedFlow() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        HttpResponse<String> enabled = post("/api/v1/flows/f-1/enable", "{}");
        assertEquals(200, enabled.statusCode(), enabled::body);
        assertTrue(ApiServer.json(enabled).get("enabled").asBoolean());

        assertFalse(ApiServer.json(post("/api/v1/flows/f-1/disable", null)).get("enabled").asBoolean());
    }

    @Test
    void startIs202WithTheRunAndWhereToFollowIt() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        HttpResponse<String> started = post("/api/v1/flows/f-1/runs", "{\"mode\": \"test\", \"limit\": 5}");

        assertEquals(202, started.statusCode(), started::body);
        JsonNode run = ApiServer.json(started);
        assertTrue(started.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/runs/" + run.get("id").asText()));
        assertEquals("test", run.get("mode").asText());
        assertEquals("queued", run.get("status").asText());
        assertEquals(new RunRequest(RunMode.TEST, 5), engine.lastRunRequest);
    }

    @Test
    void aRunWithoutBodyOrModeIsNormalAndATestRunReadsTenByDefault() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        assertEquals(202, post("/api/v1/flows/f-1/runs", null).statusCode());
        assertEquals(new RunRequest(RunMode.NORMAL, null), engine.lastRunRequest);
        assertEquals(202, post("/api/v1/flows/f-1/runs", "{}").statusCode());
        assertEquals(new RunRequest(RunMode.NORMAL, null), engine.lastRunRequest);
        assertEquals(202, post("/api/v1/flows/f-1/runs", "{\"mode\": \"TEST\"}").statusCode());
        assertEquals(new RunRequest(RunMode.TEST, RunRequest.DEFAULT_TEST_LIMIT), engine.lastRunRequest);
    }

    @Test
    void anUnknownModeIs400NamingIt() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        JsonNode problem = assertProblem(post("/api/v1/flows/f-1/runs", "{\"mode\": \"fast\"}"), 400);

        assertEquals("mode", problem.at("/errors/0/field").asText());
        assertEquals("must be one of [normal, test]", problem.at("/errors/0/message").asText());
    }

    @Test
    void aLimitThatDoesNotFitTheModeIs422NamingIt() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        for (String body : List.of("{\"limit\": 5}", "{\"mode\": \"test\", \"limit\": 0}",
                "{\"mode\": \"test\", \"limit\": 1001}")) {
            JsonNode problem = assertProblem(post("/api/v1/flows/f-1/runs", body), 422);
            assertEquals("limit", problem.at("/errors/0/field").asText(), body);
        }
        assertNull(engine.lastRunRequest);
    }

    @Test
    void aRepeatedStartWithTheSameKeyStartsOneRun() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);
        HttpRequest.Builder start = HttpRequest.newBuilder(server.uri("/api/v1/flows/f-1/runs"))
                .header("Content-Type", "application/json").header(Idempotent.HEADER, "run-once")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\": \"normal\"}"));

        JsonNode first = ApiServer.json(server.send(start));
        JsonNode repeat = ApiServer.json(server.send(start));

        assertEquals(first.get("id"), repeat.get("id"));
        assertEquals(1, engine.runs.size());
    }

    @Test
    void previewRunsOverTheSample() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        HttpResponse<String> preview = post("/api/v1/flows/f-1/preview", "{\"sample\": [{\"id\": 1}]}");

        assertEquals(200, preview.statusCode(), preview::body);
        JsonNode answer = ApiServer.json(preview);
        assertEquals("sample", answer.get("source").asText());
        assertEquals("steps[0]:shape", answer.at("/steps/0/step").asText());
        assertEquals(1, answer.at("/steps/0/output/0/data/id").asInt());
        assertEquals(1, engine.lastSample.size());
    }

    @Test
    void previewWithoutSampleReadsTheSourceUpToTheLimit() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        assertEquals("source", ApiServer.json(post("/api/v1/flows/f-1/preview", null)).get("source").asText());
        assertNull(engine.lastSample);
        assertEquals(RunRequest.DEFAULT_TEST_LIMIT, engine.lastLimit);
        post("/api/v1/flows/f-1/preview", "{\"limit\": 5}");
        assertEquals(5, engine.lastLimit);
    }

    @Test
    void previewNamesEverySampleThatIsNoObjectAndABadLimit() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        JsonNode problem = assertProblem(post("/api/v1/flows/f-1/preview",
                "{\"sample\": [{\"id\": 1}, 2, \"three\"], \"limit\": 0}"), 422);

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(List.of("sample[1]", "sample[2]", "limit"), fields);
    }

    @Test
    void statsAreOneEntryPerDayThirtyByDefault() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        JsonNode stats = ApiServer.json(server.get("/api/v1/flows/f-1/stats"));

        assertEquals("f-1", stats.get("flowId").asText());
        assertEquals(30, stats.get("days").size());
        JsonNode today = stats.get("days").get(29);
        assertEquals("2026-03-01", today.get("day").asText());
        assertEquals(2, today.get("runs").asInt());
        assertEquals(7, ApiServer.json(server.get("/api/v1/flows/f-1/stats?days=7")).get("days").size());
    }

    @Test
    void statsForTooManyDaysIs400NamingTheParameter() throws Exception {
        server.postJson("/api/v1/flows", ORDERS);

        for (String days : List.of("0", "91")) {
            JsonNode problem = assertProblem(server.get("/api/v1/flows/f-1/stats?days=" + days), 400);
            assertEquals("days", problem.at("/errors/0/field").asText());
        }
    }

    @Test
    void anUnknownFlowIs404Everywhere() throws Exception {
        assertProblem(server.get("/api/v1/flows/f-9"), 404);
        assertProblem(server.sendJson("PUT", "/api/v1/flows/f-9", ORDERS), 404);
        assertProblem(post("/api/v1/flows/f-9/enable", null), 404);
        assertProblem(post("/api/v1/flows/f-9/runs", null), 404);
        assertProblem(post("/api/v1/flows/f-9/preview", null), 404);
        assertProblem(server.get("/api/v1/flows/f-9/stats"), 404);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        if (json == null) {
            return server.send(HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return server.postJson(path, json);
    }

    private static void assertReadOnlyFieldsLeftOut(ObjectNode definition) {
        for (String field : List.of("id", "workspaceId", "hookUrl", "createdAt", "updatedAt")) {
            assertFalse(definition.has(field), field + " reached the engine: " + definition);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
