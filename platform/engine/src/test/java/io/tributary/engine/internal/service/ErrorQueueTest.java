package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static io.tributary.engine.internal.testing.EngineFixture.json;
import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowEvents;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

class ErrorQueueTest {

    private static final RunRequest NORMAL = new RunRequest(RunMode.NORMAL, null);

    @EachDatabase
    void failedRecordsOpenErrorsThatALaterSuccessOfTheirKeyAutoResolves(EngineFixture fixture) {
        fixture.memory.fill(20);
        fixture.memory.put(json("{'id': 'r5', 'updated': 5, 'fail': true}"));
        fixture.memory.failKey("r12", "duplicate customer (key s3cret)", false, 1);
        Flow flow = fixture.create(definition("orders"));

        Run first = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.PARTIAL, first.status());
        assertEquals(new RunCounts(20, 18, 0, 2), first.counts());
        List<RecordError> open = openErrors(fixture, flow);
        assertEquals(List.of("r12", "r5"), open.stream().map(RecordError::recordKey).sorted().toList());
        RecordError r12 = open.stream().filter(error -> error.recordKey().equals("r12")).findFirst().orElseThrow();
        assertEquals("destinations[0]:warehouse", r12.step());
        assertEquals("duplicate customer (key ********)", r12.message());
        assertEquals(first.id(), r12.runId());
        assertEquals("row 12", r12.record().get("name").asText());
        Map<String, Object> opened = event(fixture, FlowEvents.ERRORS_OPENED);
        assertEquals(2, eventCount(fixture, FlowEvents.ERRORS_OPENED), "one event per page with new errors");
        assertEquals(flow.id(), opened.get(FlowEvents.FLOW_ID));
        assertArrayEquals(new String[] {"ops@example.com"}, (String[]) opened.get(FlowEvents.SUBSCRIBERS));

        fixture.memory.put("r5", 5, "fixed");
        Run second = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.SUCCEEDED, second.status());
        assertTrue(openErrors(fixture, flow).isEmpty());
        RecordError resolved = fixture.errors().error(fixture.monitor, r12.id());
        assertEquals(ErrorStatus.AUTO_RESOLVED, resolved.status());
        assertEquals("run:" + second.id(), resolved.resolvedBy());
        assertNotNull(resolved.resolvedAt());
        assertEquals(2, eventCount(fixture, FlowEvents.ERRORS_AUTO_RESOLVED));
        assertEquals("r12: destinations[0]:warehouse: duplicate customer (key ********)",
                ((String[]) event(fixture, FlowEvents.ERRORS_AUTO_RESOLVED).get(FlowEvents.SAMPLES))[0]);
    }

    @EachDatabase
    void aKeyFailingAgainUpdatesItsOpenErrorInsteadOfAddingOne(EngineFixture fixture) {
        fixture.memory.fill(5);
        fixture.memory.put(json("{'id': 'r2', 'updated': 2, 'fail': true}"));
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);

        Run second = fixture.runToEnd(flow.id(), NORMAL);

        List<RecordError> open = openErrors(fixture, flow);
        assertEquals(1, open.size());
        assertEquals(2, open.get(0).attempts());
        assertEquals(second.id(), open.get(0).runId());
        assertEquals(1, fixture.events.stream().filter(e -> e.getKey().equals(FlowEvents.ERRORS_OPENED)).count());
    }

    @EachDatabase
    void aFlowWithoutSubscribersPostsNoEvents(EngineFixture fixture) {
        fixture.memory.fill(5);
        fixture.memory.failKey("r2", "down", false, 1);
        ObjectNode definition = definition("quiet");
        definition.remove("alerts");

        fixture.runToEnd(fixture.create(definition).id(), NORMAL);

        assertEquals(1, openErrors(fixture, fixture.flows().flows(fixture.manager, "ws1").get(0)).size());
        assertTrue(fixture.events.isEmpty());
    }

    @EachDatabase
    void aKeyLongerThanTheColumnStillMatchesItsLaterSuccess(EngineFixture fixture) {
        String longKey = "k".repeat(1000);
        fixture.memory.put(longKey, 1, "long");
        fixture.memory.failKey(longKey, "too long for them", false, 1);
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);
        RecordError error = openErrors(fixture, flow).get(0);
        assertEquals(400, error.recordKey().length());
        assertTrue(error.recordKey().startsWith("kkk"));

        fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(ErrorStatus.AUTO_RESOLVED, fixture.errors().error(fixture.monitor, error.id()).status());
    }

    @EachDatabase
    void retryableRecordFailuresAreTriedAgainWithinTheRun(EngineFixture fixture) {
        fixture.memory.fill(5);
        fixture.memory.failKey("r2", "locked", true, 2);
        fixture.memory.failKey("r3", "locked", true, 5);
        Flow flow = fixture.create(definition("orders"));

        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(new RunCounts(5, 4, 0, 1), run.counts());
        RecordError r3 = openErrors(fixture, flow).get(0);
        assertEquals("r3", r3.recordKey());
        assertTrue(r3.retryable());
        assertEquals(List.of(5, 2, 2), fixture.memory.batchSizes, "three tries: the page, then the retryable");
    }

    @EachDatabase
    void aRetryableBatchFailureRetriesTheBatchAndAnotherFailsEveryRecordOfIt(EngineFixture fixture) {
        fixture.memory.fill(25);
        fixture.registry.maxBatch(4);
        fixture.memory.batchFailures.add(new ConnectorException("503", true));
        Flow flow = fixture.create(definition("orders"));
        assertEquals(RunStatus.SUCCEEDED, fixture.runToEnd(flow.id(), NORMAL).status());
        assertTrue(fixture.memory.batchSizes.stream().allMatch(size -> size <= 4));

        fixture.memory.batchFailures.add(new ConnectorException("schema mismatch", false));
        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(new RunCounts(25, 21, 0, 4), run.counts());
        assertEquals(List.of("schema mismatch"), openErrors(fixture, flow).stream().map(RecordError::message)
                .distinct().toList());
    }

    @EachDatabase
    void aRetryWithAnEditedRecordResolvesTheErrorInTheCallersName(EngineFixture fixture) {
        fixture.memory.fill(3);
        fixture.memory.put(json("{'id': 'r2', 'updated': 2, 'fail': true}"));
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);
        RecordError error = openErrors(fixture, flow).get(0);

        RecordError retried = fixture.errors().retry(fixture.monitor, error.id(),
                json("{'id': 'r2', 'updated': 2, 'name': 'edited'}"));

        assertEquals(ErrorStatus.RESOLVED, retried.status());
        assertEquals("monitor", retried.resolvedBy());
        assertEquals("edited", retried.record().get("name").asText());
        assertEquals("edited", fixture.memory.written.get("r2").get("name").asText());
        Run retryRun = fixture.runs().runs(fixture.monitor, new RunQuery(null, flow.id(), null, 1, null))
                .items().get(0);
        assertEquals("retry", retryRun.trigger());
        assertEquals(new RunCounts(1, 1, 0, 0), retryRun.counts());
        assertEquals(RunStatus.SUCCEEDED, retryRun.status());
        assertProblem(409, () -> fixture.errors().retry(fixture.monitor, error.id(), null));
    }

    @EachDatabase
    void aFailedRetryKeepsTheErrorOpenWithOneMoreAttempt(EngineFixture fixture) {
        fixture.memory.fill(3);
        fixture.memory.failKey("r1", "down", false, 2);
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);
        RecordError error = openErrors(fixture, flow).get(0);
        fixture.memory.failKey("r1", "still down", false, 0);

        RecordError retried = fixture.errors().retry(fixture.monitor, error.id(), null);

        assertEquals(ErrorStatus.OPEN, retried.status());
        assertEquals(2, retried.attempts());
        assertEquals("down", retried.message());
        assertEquals(RunStatus.PARTIAL, fixture.runs().run(fixture.monitor, retried.runId()).status());
    }

    @EachDatabase
    void errorsAreRetriedInBulkAndResolvedByHand(EngineFixture fixture) {
        fixture.memory.fill(6);
        for (String key : List.of("r1", "r2", "r3")) {
            fixture.memory.failKey(key, "down", false, 1);
        }
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);
        List<RecordError> open = openErrors(fixture, flow);

        RecordError resolved = fixture.errors().resolve(fixture.monitor, open.get(0).id());
        List<RecordError> retried = fixture.errors().retry(fixture.monitor,
                List.of(open.get(1).id(), open.get(2).id()));

        assertEquals(ErrorStatus.RESOLVED, resolved.status());
        assertEquals("monitor", resolved.resolvedBy());
        assertEquals(List.of(ErrorStatus.RESOLVED, ErrorStatus.RESOLVED),
                retried.stream().map(RecordError::status).toList());
        assertProblem(409, () -> fixture.errors().resolve(fixture.monitor, open.get(0).id()));
        assertProblem(409, () -> fixture.errors().retry(fixture.monitor, List.of(open.get(1).id())));
        assertProblem(422, () -> fixture.errors().retry(fixture.monitor, List.of()));
    }

    @EachDatabase
    void errorsAreListedNewestFirstByFlowRunAndStatus(EngineFixture fixture) {
        fixture.memory.fill(5);
        for (String key : List.of("r1", "r2", "r3")) {
            fixture.memory.failKey(key, "down", false, 1);
        }
        Flow flow = fixture.create(definition("orders"));
        Run run = fixture.runToEnd(flow.id(), NORMAL);

        var page = fixture.errors().errors(fixture.monitor, new ErrorQuery(null, flow.id(), run.id(),
                ErrorStatus.OPEN, 2, null));
        var rest = fixture.errors().errors(fixture.monitor, new ErrorQuery("ws1", null, null, null, 2, page.next()));

        assertEquals(2, page.items().size());
        assertEquals(1, rest.items().size());
        assertEquals(null, rest.next());
        assertEquals(0, fixture.errors().errors(fixture.monitor, new ErrorQuery(null, null, null,
                ErrorStatus.AUTO_RESOLVED, 10, null)).items().size());
    }

    static List<RecordError> openErrors(EngineFixture fixture, Flow flow) {
        return fixture.errors().errors(fixture.monitor, new ErrorQuery(null, flow.id(), null, ErrorStatus.OPEN, 500,
                null)).items();
    }

    private static int eventCount(EngineFixture fixture, String topic) {
        return fixture.events.stream().filter(e -> e.getKey().equals(topic))
                .mapToInt(e -> (Integer) e.getValue().get(FlowEvents.COUNT)).sum();
    }

    private static Map<String, Object> event(EngineFixture fixture, String topic) {
        return fixture.events.stream().filter(e -> e.getKey().equals(topic)).reduce((a, b) -> b).orElseThrow()
                .getValue();
    }
}
