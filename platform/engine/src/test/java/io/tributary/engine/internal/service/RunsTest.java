package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.problem.ProblemException;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

class RunsTest {

    private static final RunRequest NORMAL = new RunRequest(RunMode.NORMAL, null);

    @EachDatabase
    void aRunCopiesEverySourceRecordPageByPage(EngineFixture fixture) {
        fixture.memory.fill(25);
        Flow flow = fixture.create(definition("orders"));

        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.SUCCEEDED, run.status());
        assertEquals(new RunCounts(25, 25, 0, 0), run.counts());
        assertEquals(3, run.pages());
        assertEquals("manual", run.trigger());
        assertEquals("manager", run.startedBy());
        assertEquals(Set.copyOf(fixture.memory.sourceIds()), fixture.memory.written.keySet());
        assertEquals(fixture.memory.sourceIds(), keys(fixture, run, null));
    }

    @EachDatabase
    void withConcurrencyFourPagesAreTransformedTogetherButCommittedInReadOrder(EngineFixture fixture) {
        fixture.memory.fill(300);
        ObjectNode definition = definition("orders");
        ((ObjectNode) definition.get("settings")).put("concurrency", 4).put("jitterMillis", 15);
        Flow flow = fixture.create(definition);

        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.SUCCEEDED, run.status());
        assertEquals(30, run.pages());
        assertEquals(fixture.memory.sourceIds(), keys(fixture, run, null));
        assertEquals(fixture.memory.sourceIds(), fixture.memory.writeOrder);
        assertTrue(fixture.memory.maxInFlight.get() <= 5, "pages in flight: " + fixture.memory.maxInFlight);
    }

    @EachDatabase
    void ignoredAndFailedRecordsAreCountedAndListedByOutcome(EngineFixture fixture) {
        fixture.memory.fill(12);
        fixture.memory.put(fixture.json("{'id': 'r4', 'updated': 4, 'ignore': true}"));
        fixture.memory.put(fixture.json("{'id': 'r7', 'updated': 7, 'fail': true}"));
        Flow flow = fixture.create(definition("orders"));

        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.PARTIAL, run.status());
        assertEquals(new RunCounts(12, 10, 1, 1), run.counts());
        assertEquals(List.of("r4"), keys(fixture, run, RecordOutcome.Outcome.IGNORED));
        List<RecordOutcome> errors = fixture.runs().records(fixture.monitor, run.id(), RecordOutcome.Outcome.ERROR,
                10, null).items();
        assertEquals(List.of(new RecordOutcome("r7", RecordOutcome.Outcome.ERROR, "steps[0]:check", 1)), errors);
    }

    @EachDatabase
    void recordOutcomesArePagedWithACursor(EngineFixture fixture) {
        fixture.memory.fill(25);
        Run run = fixture.runToEnd(fixture.create(definition("orders")).id(), NORMAL);

        var first = fixture.runs().records(fixture.monitor, run.id(), null, 12, null);
        var second = fixture.runs().records(fixture.monitor, run.id(), null, 12, first.next());
        var third = fixture.runs().records(fixture.monitor, run.id(), null, 12, second.next());

        assertEquals(12, first.items().size());
        assertEquals(fixture.memory.sourceIds().subList(12, 24),
                second.items().stream().map(RecordOutcome::key).toList());
        assertEquals(1, third.items().size());
        assertEquals(null, third.next());
    }

    @EachDatabase
    void aDeltaRunReadsOnlyWhatChangedSinceTheLastNormalRun(EngineFixture fixture) {
        fixture.memory.fill(30);
        Flow flow = fixture.create(delta("orders"));
        assertEquals(30, fixture.runToEnd(flow.id(), NORMAL).counts().read());

        fixture.memory.put("r3", 31, "changed");
        fixture.memory.put("r40", 32, "new");
        Run second = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(List.of("r3", "r40"), keys(fixture, second, null));
        assertEquals("changed", fixture.memory.written.get("r3").get("name").asText());
        assertEquals(0, fixture.runToEnd(flow.id(), NORMAL).counts().read());
    }

    @EachDatabase
    void aTestRunReadsItsLimitWritesForRealAndLeavesTheWatermark(EngineFixture fixture) {
        fixture.memory.fill(30);
        Flow flow = fixture.create(delta("orders"));

        Run test = fixture.runToEnd(flow.id(), new RunRequest(RunMode.TEST, null));

        assertEquals(RunStatus.SUCCEEDED, test.status());
        assertEquals(RunMode.TEST, test.mode());
        assertEquals(10, test.limit());
        assertEquals(10, test.counts().read());
        assertEquals(10, fixture.memory.written.size());
        assertEquals(7, fixture.runToEnd(flow.id(), new RunRequest(RunMode.TEST, 7)).counts().read());
        assertEquals(30, fixture.runToEnd(flow.id(), NORMAL).counts().read(), "the watermark did not move");
    }

    @EachDatabase
    void aTestRunLimitIsBetweenOneAndAThousand(EngineFixture fixture) {
        Flow flow = fixture.create(definition("orders"));

        assertProblem(422, () -> fixture.flows().start(fixture.manager, flow.id(), new RunRequest(RunMode.TEST, 0)));
        assertProblem(422, () -> fixture.flows().start(fixture.manager, flow.id(),
                new RunRequest(RunMode.TEST, 1001)));
        assertProblem(422, () -> fixture.flows().start(fixture.manager, flow.id(),
                new RunRequest(RunMode.NORMAL, 5)));
    }

    @EachDatabase
    void aSourceThatCannotBeReadFailsTheRunWithItsMessageRedacted(EngineFixture fixture) {
        fixture.memory.fill(25);
        fixture.memory.readFailures.add(new ConnectorException("table gone (password s3cret)", false));
        Flow flow = fixture.create(delta("orders"));

        Run run = fixture.runToEnd(flow.id(), NORMAL);

        assertEquals(RunStatus.FAILED, run.status());
        assertEquals("source: table gone (password ********)", run.message());
        assertEquals(25, fixture.runToEnd(flow.id(), NORMAL).counts().read(), "the watermark did not move");
    }

    @EachDatabase
    void retryableSourceFailuresAreTriedAgain(EngineFixture fixture) {
        fixture.memory.fill(25);
        fixture.memory.readFailures.add(new ConnectorException("timeout", true));
        fixture.memory.readFailures.add(new ConnectorException("timeout", true));

        Run run = fixture.runToEnd(fixture.create(definition("orders")).id(), NORMAL);

        assertEquals(RunStatus.SUCCEEDED, run.status());
        assertEquals(25, run.counts().success());
    }

    @EachDatabase
    void aSecondRunWhileOneRunsIsRefusedWhenTheFlowSkips(EngineFixture fixture) {
        fixture.memory.fill(25);
        CountDownLatch hold = holdSecondPage(fixture);
        Flow flow = fixture.create(definition("orders"));
        Run first = fixture.flows().start(fixture.manager, flow.id(), NORMAL);

        assertProblem(409, () -> fixture.flows().start(fixture.manager, flow.id(), NORMAL));
        assertProblem(409, () -> fixture.flows().delete(fixture.manager, flow.id()));

        hold.countDown();
        assertEquals(RunStatus.SUCCEEDED, fixture.awaitEnd(first.id()).status());
        assertEquals(1, fixture.runs().runs(fixture.admin, new RunQuery(null, flow.id(), null, 10, null))
                .items().size());
    }

    @EachDatabase
    void ofTriggersRacingForAnIdleFlowExactlyOneRuns(EngineFixture fixture) throws Exception {
        fixture.memory.fill(25);
        CountDownLatch hold = holdSecondPage(fixture);
        Flow flow = fixture.create(definition("orders"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> started = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            started.add(racers.submit(() -> {
                go.await();
                try {
                    fixture.flows().start(fixture.manager, flow.id(), NORMAL);
                    return true;
                } catch (ProblemException e) {
                    return false;
                }
            }));
        }

        go.countDown();
        int winners = 0;
        for (Future<Boolean> one : started) {
            winners += one.get() ? 1 : 0;
        }
        racers.shutdown();
        hold.countDown();

        assertEquals(1, winners);
        assertEquals(1, fixture.runs().runs(fixture.admin, new RunQuery(null, flow.id(), null, 10, null))
                .items().size());
    }

    @EachDatabase
    void aSecondRunWhileOneRunsIsQueuedWhenTheFlowQueues(EngineFixture fixture) {
        fixture.memory.fill(25);
        CountDownLatch hold = holdSecondPage(fixture);
        ObjectNode definition = definition("orders");
        ((ObjectNode) definition.get("settings")).put("overlap", "queue");
        Flow flow = fixture.create(definition);
        Run first = fixture.flows().start(fixture.manager, flow.id(), NORMAL);

        Run queued = fixture.flows().start(fixture.manager, flow.id(), NORMAL);

        assertEquals(RunStatus.QUEUED, queued.status());
        assertEquals(null, queued.startedAt());
        hold.countDown();
        Run second = fixture.awaitEnd(queued.id());
        assertEquals(RunStatus.SUCCEEDED, second.status());
        assertFalse(second.startedAt().isBefore(fixture.runs().run(fixture.manager, first.id()).endedAt()));
    }

    @EachDatabase
    void cancellingAQueuedRunCancelsItAtOnce(EngineFixture fixture) {
        fixture.memory.fill(25);
        CountDownLatch hold = holdSecondPage(fixture);
        ObjectNode definition = definition("orders");
        ((ObjectNode) definition.get("settings")).put("overlap", "queue");
        Flow flow = fixture.create(definition);
        Run first = fixture.flows().start(fixture.manager, flow.id(), NORMAL);
        Run queued = fixture.flows().start(fixture.manager, flow.id(), NORMAL);

        Run cancelled = fixture.runs().cancel(fixture.monitor, queued.id());

        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertEquals("cancelled by monitor", cancelled.message());
        hold.countDown();
        fixture.awaitEnd(first.id());
        assertProblem(409, () -> fixture.runs().cancel(fixture.monitor, first.id()));
    }

    @EachDatabase
    void cancellingARunningRunStopsItAfterThePageInFlight(EngineFixture fixture) {
        fixture.memory.fill(50);
        CountDownLatch hold = holdSecondPage(fixture);
        Flow flow = fixture.create(delta("orders"));
        Run run = fixture.flows().start(fixture.manager, flow.id(), NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.memory.pagesRead.get() == 2);

        assertEquals(RunStatus.RUNNING, fixture.runs().cancel(fixture.monitor, run.id()).status());
        hold.countDown();

        Run cancelled = fixture.awaitEnd(run.id());
        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertEquals("cancelled by monitor", cancelled.message());
        assertTrue(cancelled.pages() < 5, "pages: " + cancelled.pages());
        assertEquals(cancelled.pages() * 10, cancelled.counts().success(), "what was committed stays");
        assertEquals(50, fixture.runToEnd(flow.id(), NORMAL).counts().read(), "the watermark did not move");
    }

    @EachDatabase
    void runsAreListedNewestFirstWithACursor(EngineFixture fixture) {
        fixture.memory.fill(5);
        Flow flow = fixture.create(definition("orders"));
        Run first = fixture.runToEnd(flow.id(), NORMAL);
        fixture.clock.advance(Duration.ofSeconds(1));
        Run second = fixture.runToEnd(flow.id(), NORMAL);
        fixture.clock.advance(Duration.ofSeconds(1));
        Run third = fixture.runToEnd(flow.id(), NORMAL);

        var page = fixture.runs().runs(fixture.monitor, new RunQuery("ws1", null, null, 2, null));
        var rest = fixture.runs().runs(fixture.monitor, new RunQuery("ws1", null, null, 2, page.next()));

        assertEquals(List.of(third.id(), second.id()), page.items().stream().map(Run::id).toList());
        assertEquals(List.of(first.id()), rest.items().stream().map(Run::id).toList());
        assertEquals(null, rest.next());
        assertEquals(3, fixture.runs().runs(fixture.monitor,
                new RunQuery(null, null, RunStatus.SUCCEEDED, 10, null)).items().size());
        assertEquals(0, fixture.runs().runs(fixture.monitor,
                new RunQuery(null, null, RunStatus.FAILED, 10, null)).items().size());
    }

    /** The source's second read waits until the returned latch opens. */
    static CountDownLatch holdSecondPage(EngineFixture fixture) {
        CountDownLatch latch = new CountDownLatch(1);
        fixture.memory.readLatch = latch;
        fixture.memory.waitOnReadCall = 2;
        return latch;
    }

    static ObjectNode delta(String name) {
        ObjectNode definition = definition(name);
        ((ObjectNode) definition.get("source")).put("sync", "delta");
        return definition;
    }

    static List<String> keys(EngineFixture fixture, Run run, RecordOutcome.Outcome outcome) {
        return fixture.runs().records(fixture.monitor, run.id(), outcome, 500, null).items().stream()
                .map(RecordOutcome::key).toList();
    }
}
