package io.tributary.rest.internal.flow;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeEngine;
import io.tributary.rest.internal.testing.TestCallers;

class ErrorResourceTest {

    private final FakeEngine engine = new FakeEngine();
    private Run run;
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new ErrorResource(engine));
        server.actAs(TestCallers.MONITOR);
        Flow flow = engine.create(TestCallers.MANAGER, "w-orders",
                JsonNodeFactory.instance.objectNode().put("name", "Orders"));
        run = engine.addRun(flow, RunStatus.PARTIAL, null, RunMode.NORMAL, null);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anErrorShowsTheRecordWhereAndWhyWithItsStatusInLowerCase() throws Exception {
        RecordError error = engine.addError(run, "23");

        HttpResponse<String> response = server.get("/api/v1/errors/" + error.id());

        assertEquals(200, response.statusCode(), response::body);
        JsonNode view = ApiServer.json(response);
        assertEquals("open", view.get("status").asText());
        assertEquals("23", view.get("recordKey").asText());
        assertEquals("{\"id\":\"23\"}", view.get("record").toString());
        assertEquals("destinations[0]:warehouse", view.get("step").asText());
        assertEquals("duplicate key", view.get("message").asText());
        assertEquals(run.id(), view.get("runId").asText());
        assertEquals(1, view.get("attempts").asInt());
        assertTrue(view.get("resolvedBy").isNull());
    }

    @Test
    void listPassesEveryFilterOnAndPagesWithTheServicesCursor() throws Exception {
        engine.addError(run, "1");
        engine.addError(run, "2");

        JsonNode first = ApiServer.json(server.get("/api/v1/errors?flow=" + run.flowId() + "&run=" + run.id()
                + "&status=open&workspace=w-orders&limit=1"));

        assertEquals(new ErrorQuery("w-orders", run.flowId(), run.id(), ErrorStatus.OPEN, 1, null),
                engine.lastErrorQuery);
        assertEquals(1, first.get("items").size());
        JsonNode second = ApiServer.json(server.get("/api/v1/errors?limit=1&cursor=" + first.get("next").asText()));
        assertEquals(1, second.get("items").size());
        assertTrue(second.get("next").isNull());
        server.get("/api/v1/errors?status=auto-resolved");
        assertEquals(new ErrorQuery(null, null, null, ErrorStatus.AUTO_RESOLVED, ListPage.DEFAULT_LIMIT, null),
                engine.lastErrorQuery);
    }

    @Test
    void anUnknownStatusIs400NamingIt() throws Exception {
        JsonNode problem = assertProblem(server.get("/api/v1/errors?status=auto_resolved"), 400);

        assertEquals("status", problem.at("/errors/0/field").asText());
        assertEquals("must be one of [open, resolved, auto-resolved]", problem.at("/errors/0/message").asText());
    }

    @Test
    void retryWithoutBodySendsTheRecordAsItWas() throws Exception {
        RecordError error = engine.addError(run, "23");

        HttpResponse<String> retried = post("/api/v1/errors/" + error.id() + "/retry", null);

        assertEquals(200, retried.statusCode(), retried::body);
        assertNull(engine.lastEditedRecord);
        assertEquals("open", ApiServer.json(retried).get("status").asText());
        assertEquals(2, ApiServer.json(retried).get("attempts").asInt());
        assertEquals(200, post("/api/v1/errors/" + error.id() + "/retry", "{}").statusCode());
        assertNull(engine.lastEditedRecord);
    }

    @Test
    void retryWithAnEditedRecordSendsThatOne() throws Exception {
        RecordError error = engine.addError(run, "23");

        JsonNode retried = ApiServer.json(post("/api/v1/errors/" + error.id() + "/retry",
                "{\"record\": {\"id\": \"23\", \"qty\": 1}}"));

        assertEquals("{\"id\":\"23\",\"qty\":1}", engine.lastEditedRecord.toString());
        assertEquals("resolved", retried.get("status").asText());
        assertEquals("monitor", retried.get("resolvedBy").asText());
        assertProblem(post("/api/v1/errors/" + error.id() + "/retry", null), 409);
    }

    @Test
    void retryWithARecordThatIsNoObjectIs400NamingIt() throws Exception {
        RecordError error = engine.addError(run, "23");

        JsonNode problem = assertProblem(post("/api/v1/errors/" + error.id() + "/retry", "{\"record\": [1]}"), 400);

        assertEquals("record", problem.at("/errors/0/field").asText());
    }

    @Test
    void retryOfSeveralAnswersEachInTheOrderAsked() throws Exception {
        RecordError first = engine.addError(run, "1");
        RecordError second = engine.addError(run, "2");

        HttpResponse<String> retried = post("/api/v1/errors/retry",
                "{\"ids\": [\"" + second.id() + "\", \"" + first.id() + "\"]}");

        assertEquals(200, retried.statusCode(), retried::body);
        JsonNode items = ApiServer.json(retried).get("items");
        assertEquals(second.id(), items.at("/0/id").asText());
        assertEquals(first.id(), items.at("/1/id").asText());
        assertEquals(2, items.at("/1/attempts").asInt());
    }

    @Test
    void retryOfNoneOrTooManyOrBlankIdsIs422NamingTheField() throws Exception {
        List<String> tooMany = new ArrayList<>(Collections.nCopies(RetryAllRequest.MAX_IDS + 1, "\"e-1\""));

        assertEquals("ids", field(assertProblem(post("/api/v1/errors/retry", "{}"), 422)));
        assertEquals("ids", field(assertProblem(post("/api/v1/errors/retry", "{\"ids\": []}"), 422)));
        assertEquals("ids", field(assertProblem(post("/api/v1/errors/retry", "{\"ids\": " + tooMany + "}"), 422)));
        assertEquals("ids[1]", field(assertProblem(post("/api/v1/errors/retry", "{\"ids\": [\"e-1\", \" \"]}"),
                422)));
    }

    @Test
    void resolveMarksTheErrorResolvedByTheCallerOnce() throws Exception {
        RecordError error = engine.addError(run, "23");

        HttpResponse<String> resolved = post("/api/v1/errors/" + error.id() + "/resolve", "{}");

        assertEquals(200, resolved.statusCode(), resolved::body);
        assertEquals("resolved", ApiServer.json(resolved).get("status").asText());
        assertEquals("monitor", ApiServer.json(resolved).get("resolvedBy").asText());
        assertProblem(post("/api/v1/errors/" + error.id() + "/resolve", null), 409);
        assertProblem(post("/api/v1/errors/e-99/resolve", null), 404);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        if (json == null) {
            return server.send(HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return server.postJson(path, json);
    }

    private static String field(JsonNode problem) {
        return problem.at("/errors/0/field").asText();
    }
}
