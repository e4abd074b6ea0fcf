package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.InboundRequest;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.HookService.HookReceipt;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.problem.Problem;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

class WebhookTest {

    @EachDatabase
    void aReceivedEventIsPersistedBeforeTheAnswerAndRunByTheFlow(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, null);
        assertEquals(32, flow.hookKey().length());

        HookReceipt receipt = fixture.engine.hooks().receive(flow.hookKey(),
                post("[{'id': 'a', 'n': 1}, {'id': 'b', 'n': 2}, {'n': 3}]"));

        assertEquals(3, receipt.records());
        assertNotNull(receipt.eventId());
        Run run = awaitRuns(fixture, flow, 3).get(0);
        assertEquals("webhook", run.trigger());
        assertEquals(RunStatus.SUCCEEDED, run.status());
        assertNull(run.startedBy());
        assertTrue(fixture.memory.written.keySet().containsAll(Set.of("a", "b")));
        assertEquals(3, fixture.memory.written.size());
        assertTrue(fixture.rows("hook_event").isEmpty(), "the run's events are gone once it ended");
    }

    @EachDatabase
    void manyRequestsAtOnceAreCoalescedIntoFewRuns(EngineFixture fixture) throws Exception {
        Flow flow = webhookFlow(fixture, null);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<HookReceipt>> receipts = new ArrayList<>();

        for (int i = 0; i < 60; i++) {
            String body = "{'id': 'k" + i + "'}";
            receipts.add(callers.submit(() -> fixture.engine.hooks().receive(flow.hookKey(), post(body))));
        }
        for (Future<HookReceipt> receipt : receipts) {
            assertEquals(1, receipt.get().records());
        }
        callers.shutdown();

        List<Run> runs = awaitRuns(fixture, flow, 60);
        assertTrue(runs.size() < 60, "runs: " + runs.size());
        assertEquals(60, fixture.memory.written.size());
    }

    @EachDatabase
    void eventsWaitingWhenTheNodeStopsAreRunAfterItsRestart(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, null);
        fixture.engine.close();

        fixture.engine.hooks().receive(flow.hookKey(), post("{'id': 'late'}"));
        assertEquals(1, fixture.rows("hook_event").size());
        fixture.engine = fixture.newEngine(EngineFixture.NODE, Duration.ofSeconds(5));

        awaitRuns(fixture, flow, 1);
        assertEquals(Set.of("late"), fixture.memory.written.keySet());
    }

    @EachDatabase
    void unknownKeysBadBodiesAndLargeBodiesAreRefused(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, null);

        assertProblem(404, () -> fixture.engine.hooks().receive("nope", post("{}")));
        assertProblem(400, () -> fixture.engine.hooks().receive(flow.hookKey(), post("{not json")));
        assertProblem(400, () -> fixture.engine.hooks().receive(flow.hookKey(), post("[1, 2]")));
        assertProblem(413, () -> fixture.engine.hooks().receive(flow.hookKey(), new InboundRequest("POST", Map.of(),
                new byte[(1 << 20) + 1])));
    }

    @EachDatabase
    void aDisabledFlowsWebhookIs409SayingSoAndStoresNothing(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, null);
        fixture.flows().enable(fixture.manager, flow.id(), false);

        Problem refused = assertProblem(409, () -> fixture.engine.hooks().receive(flow.hookKey(), post("{\"id\": 1}")));

        assertTrue(refused.detail().contains("disabled"), refused.detail());
        assertEquals(List.of(), fixture.rows("hook_event"));
    }

    @EachDatabase
    void aListenerConnectorChecksTheRequestAndMakesTheRecords(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, "hook");
        byte[] body = "id=x1\nid=x2\n".getBytes(StandardCharsets.UTF_8);

        Problem refused = assertProblem(400, () -> fixture.engine.hooks().receive(flow.hookKey(),
                new InboundRequest("POST", Map.of("X-Signature", List.of("forged")), body)));
        assertEquals("The webhook was refused: bad signature for secret ********", refused.detail());
        assertProblem(503, () -> fixture.engine.hooks().receive(flow.hookKey(),
                new InboundRequest("POST", Map.of("X-Signature", List.of("busy")), body)));
        HookReceipt receipt = fixture.engine.hooks().receive(flow.hookKey(),
                new InboundRequest("POST", Map.of("x-signature", List.of("good")), body));

        assertEquals(2, receipt.records());
        awaitRuns(fixture, flow, 2);
        assertEquals("listener", fixture.memory.written.get("x1").get("via").asText());
    }

    @EachDatabase
    void recordsOfAWebhookRunThatFailsBecomeErrorsToRetryLater(EngineFixture fixture) {
        ObjectNode definition = webhookDefinition(null);
        ((ObjectNode) definition.get("destinations").get(0)).put("connection", "later");
        Flow flow = fixture.create(definition);

        fixture.engine.hooks().receive(flow.hookKey(), post("[{'id': 'a'}, {'id': 'b'}]"));

        Run failed = awaitRuns(fixture, flow, 2).get(0);
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals("destinations[0]:warehouse: connection later no longer exists", failed.message());
        List<RecordError> errors = ErrorQueueTest.openErrors(fixture, flow);
        assertEquals(List.of("a", "b"), errors.stream().map(RecordError::recordKey).sorted().toList());
        assertEquals("source", errors.get(0).step());
        fixture.addConnection("later", "ws1");
        List<RecordError> retried = fixture.errors().retry(fixture.monitor,
                errors.stream().map(RecordError::id).toList());
        assertEquals(List.of(ErrorStatus.RESOLVED, ErrorStatus.RESOLVED),
                retried.stream().map(RecordError::status).toList());
        assertEquals(Set.of("a", "b"), fixture.memory.written.keySet());
    }

    @EachDatabase
    void theHookKeyIsKeptAcrossUpdates(EngineFixture fixture) {
        Flow flow = webhookFlow(fixture, null);
        ObjectNode changed = webhookDefinition(null);
        ((ObjectNode) changed.get("settings")).put("pageSize", 3);

        Flow updated = fixture.flows().update(fixture.manager, flow.id(), changed);

        assertEquals(flow.hookKey(), updated.hookKey());
        assertNull(fixture.flows().update(fixture.manager, flow.id(), definition("now manual")).hookKey());
    }

    private static Flow webhookFlow(EngineFixture fixture, String listenerConnection) {
        return fixture.create(webhookDefinition(listenerConnection));
    }

    private static ObjectNode webhookDefinition(String listenerConnection) {
        ObjectNode definition = definition("hooked");
        definition.remove("source");
        definition.put("enabled", true);
        ObjectNode trigger = definition.putObject("trigger").put("type", "webhook");
        if (listenerConnection != null) {
            trigger.put("connection", listenerConnection).put("operation", "hook");
        }
        return definition;
    }

    private static InboundRequest post(String json) {
        return new InboundRequest("POST", Map.of("Content-Type", List.of("application/json")),
                json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the flow's ended runs have read {@code records} in all; returns its runs. */
    private static List<Run> awaitRuns(EngineFixture fixture, Flow flow, long records) {
        await().atMost(Duration.ofSeconds(20)).until(() -> runs(fixture, flow).stream()
                .filter(run -> run.status().isFinished()).mapToLong(run -> run.counts().read()).sum() == records);
        return runs(fixture, flow);
    }

    private static List<Run> runs(EngineFixture fixture, Flow flow) {
        return fixture.runs().runs(fixture.monitor, new RunQuery(null, flow.id(), null, 500, null)).items();
    }
}
