package io.tributary.rest.internal.flow;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunStatus;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeEngine;
import io.tributary.rest.internal.testing.TestCallers;

class RunResourceTest {

    private final FakeEngine engine = new FakeEngine();
    private Flow flow;
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new RunResource(engine));
        server.actAs(TestCallers.MONITOR);
        flow = engine.create(TestCallers.MANAGER, "w-orders",
                JsonNodeFactory.instance.objectNode().put("name", "Orders"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aFinishedRunShowsStatusInLowerCaseCountsAndDuration() throws Exception {
        Run run = engine.addRun(flow, RunStatus.PARTIAL, "manager", RunMode.TEST, 10);

        HttpResponse<String> response = server.get("/api/v1/runs/" + run.id());

        assertEquals(200, response.statusCode(), response::body);
        JsonNode view = ApiServer.json(response);
        assertEquals("partial", view.get("status").asText());
        assertEquals("test", view.get("mode").asText());
        assertEquals("manual", view.get("trigger").asText());
        assertEquals("manager", view.get("startedBy").asText());
        assertEquals(10, view.get("limit").asInt());
        assertEquals("{\"read\":10,\"success\":7,\"ignored\":2,\"errors\":1}", view.get("counts").toString());
        assertEquals(1500, view.get("durationMillis").asLong());
        assertEquals("2026-03-01T10:00:01.600Z", view.get("endedAt").asText());
    }

    @Test
    void aRunNotYetFinishedHasNoDuration() throws Exception {
        Run run = engine.addRun(flow, RunStatus.RUNNING, null, RunMode.NORMAL, null);

        JsonNode view = ApiServer.json(server.get("/api/v1/runs/" + run.id()));

        assertEquals("running", view.get("status").asText());
        assertTrue(view.get("durationMillis").isNull());
        assertTrue(view.get("startedBy").isNull());
    }

    @Test
    void listPassesEveryFilterAndThePagingOnAndTheServicesCursorBack() throws Exception {
        engine.addRun(flow, RunStatus.SUCCEEDED, null, RunMode.NORMAL, null);
        engine.addRun(flow, RunStatus.SUCCEEDED, null, RunMode.NORMAL, null);
        engine.addRun(flow, RunStatus.FAILED, null, RunMode.NORMAL, null);

        JsonNode first = ApiServer.json(server.get("/api/v1/runs?flow=" + flow.id()
                + "&status=succeeded&workspace=w-orders&limit=1"));
        assertEquals(new RunQuery("w-orders", flow.id(), RunStatus.SUCCEEDED, 1, null), engine.lastRunQuery);
        assertEquals(1, first.get("items").size());
        String next = first.get("next").asText();

        JsonNode second = ApiServer.json(server.get("/api/v1/runs?flow=" + flow.id() + "&status=succeeded&limit=1"
                + "&cursor=" + next));
        assertEquals(next, engine.lastRunQuery.cursor());
        assertEquals("succeeded", second.at("/items/0/status").asText());
        assertTrue(second.get("next").isNull());
    }

    @Test
    void listWithoutLimitAsksForTheDefaultPage() throws Exception {
        server.get("/api/v1/runs");

        assertEquals(new RunQuery(null, null, null, ListPage.DEFAULT_LIMIT, null), engine.lastRunQuery);
        assertEquals(TestCallers.MONITOR, engine.lastCaller);
    }

    @Test
    void anUnknownStatusOrALimitOutOfRangeIs400NamingTheParameter() throws Exception {
        JsonNode status = assertProblem(server.get("/api/v1/runs?status=done"), 400);
        assertEquals("status", status.at("/errors/0/field").asText());
        assertEquals("must be one of [queued, running, succeeded, partial, failed, cancelled]",
                status.at("/errors/0/message").asText());

        JsonNode limit = assertProblem(server.get("/api/v1/runs?limit=501"), 400);
        assertEquals("limit", limit.at("/errors/0/field").asText());
    }

    @Test
    void cancelAnswersTheCancelledRunAndA409OnceFinished() throws Exception {
        Run running = engine.addRun(flow, RunStatus.RUNNING, null, RunMode.NORMAL, null);
        Run finished = engine.addRun(flow, RunStatus.SUCCEEDED, null, RunMode.NORMAL, null);

        HttpResponse<String> cancelled = cancel(running.id());
        assertEquals(200, cancelled.statusCode(), cancelled::body);
        assertEquals("cancelled", ApiServer.json(cancelled).get("status").asText());
        assertEquals("cancelled by monitor", ApiServer.json(cancelled).get("message").asText());

        assertProblem(cancel(finished.id()), 409);
        assertProblem(cancel("r-99"), 404);
    }

    @Test
    void recordsShowEachOutcomeInLowerCaseFilteredAndPaged() throws Exception {
        Run run = engine.addRun(flow, RunStatus.PARTIAL, null, RunMode.NORMAL, null);
        engine.outcomes.put(run.id(), List.of(new RecordOutcome("1", RecordOutcome.Outcome.SUCCESS, null, 1),
                new RecordOutcome("2", RecordOutcome.Outcome.IGNORED, "steps[0]:in-stock", 1),
                new RecordOutcome("3", RecordOutcome.Outcome.ERROR, "destinations[0]:copy", 2)));

        JsonNode all = ApiServer.json(server.get("/api/v1/runs/" + run.id() + "/records?limit=2"));
        assertEquals(2, all.get("items").size());
        assertEquals("{\"key\":\"1\",\"outcome\":\"success\",\"step\":null,\"page\":1}",
                all.at("/items/0").toString());
        assertEquals("2", all.get("next").asText());

        JsonNode errors = ApiServer.json(server.get("/api/v1/runs/" + run.id() + "/records?outcome=error"));
        assertEquals(RecordOutcome.Outcome.ERROR, engine.lastOutcome);
        assertEquals(ListPage.DEFAULT_LIMIT, engine.lastLimit);
        assertEquals("destinations[0]:copy", errors.at("/items/0/step").asText());
        assertEquals(1, errors.get("items").size());
    }

    @Test
    void anUnknownOutcomeIs400NamingTheParameter() throws Exception {
        Run run = engine.addRun(flow, RunStatus.PARTIAL, null, RunMode.NORMAL, null);

        JsonNode problem = assertProblem(server.get("/api/v1/runs/" + run.id() + "/records?outcome=ERROR"), 400);

        assertEquals("outcome", problem.at("/errors/0/field").asText());
    }

    private HttpResponse<String> cancel(String runId) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/runs/" + runId + "/cancel"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
