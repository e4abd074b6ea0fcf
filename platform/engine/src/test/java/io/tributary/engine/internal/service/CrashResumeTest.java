package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.service.RunsTest.delta;
import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

/**
 * A node dies in the middle of a delta run: pages 1 to 3 are committed, page 4 is written to the destination but
 * not committed. The run is taken over from its stored cursor and since, so that the destination ends with exactly
 * the source's records and the watermark moves once.
 */
class CrashResumeTest {

    private static final RunRequest NORMAL = new RunRequest(RunMode.NORMAL, null);

    @EachDatabase
    void aRestartedNodeResumesItsRunFromTheStoredCursor(EngineFixture fixture) {
        Flow flow = deltaFlowWithAWatermark(fixture);
        Run crashed = startAndCrashAfterThreePages(fixture, flow);

        fixture.engine = fixture.newEngine(EngineFixture.NODE, Duration.ofSeconds(5));

        assertResumedToTheEnd(fixture, flow, crashed);
    }

    @EachDatabase
    void anotherNodeTakesTheRunOverOnceItsHeartbeatIsStale(EngineFixture fixture) {
        Flow flow = deltaFlowWithAWatermark(fixture);
        Run crashed = startAndCrashAfterThreePages(fixture, flow);

        fixture.engine = fixture.newEngine("node-b", Duration.ofMillis(200));
        assertEquals(RunStatus.RUNNING, fixture.runs().run(fixture.manager, crashed.id()).status());
        fixture.clock.advance(Duration.ofSeconds(1));

        assertResumedToTheEnd(fixture, flow, crashed);
        assertEquals("node-b", fixture.rows("flow_run").stream().filter(row -> row.get("id").equals(crashed.id()))
                .findFirst().orElseThrow().get("node_id"));
    }

    @EachDatabase
    void aRunQueuedWhenTheNodeStoppedStartsAfterTheResumedOne(EngineFixture fixture) {
        fixture.memory.fill(25);
        ObjectNode definition = definition("orders");
        ((ObjectNode) definition.get("settings")).put("overlap", "queue");
        Flow flow = fixture.create(definition);
        fixture.memory.hangOnWriteCall = 2;
        Run first = fixture.flows().start(fixture.manager, flow.id(), NORMAL);
        Run queued = fixture.flows().start(fixture.manager, flow.id(), NORMAL);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.memory.written.containsKey("r20"));
        fixture.engine.close();
        fixture.memory.hangOnWriteCall = 0;

        fixture.engine = fixture.newEngine(EngineFixture.NODE, Duration.ofSeconds(5));

        assertEquals(RunStatus.SUCCEEDED, fixture.awaitEnd(first.id()).status());
        assertEquals(RunStatus.SUCCEEDED, fixture.awaitEnd(queued.id()).status());
        assertEquals(25, fixture.runs().run(fixture.manager, queued.id()).counts().read());
    }

    @EachDatabase
    void aCancellationAskedOnAnotherNodeReachesTheRunAtItsHeartbeat(EngineFixture fixture) {
        fixture.engine.close();
        fixture.engine = fixture.newEngine(EngineFixture.NODE, Duration.ofMillis(100));
        Engine other = fixture.newEngine("node-b", Duration.ofSeconds(5));
        fixture.memory.fill(50);
        CountDownLatch hold = RunsTest.holdSecondPage(fixture);
        Run run = fixture.flows().start(fixture.manager, fixture.create(definition("orders")).id(), NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.memory.pagesRead.get() == 2);

        new DefaultRunService(other).cancel(fixture.monitor, run.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.engine.coordinator().control(run.id())
                .map(control -> control.cancelledBy() != null).orElse(true));
        hold.countDown();

        Run cancelled = fixture.awaitEnd(run.id());
        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertEquals("cancelled by monitor", cancelled.message());
    }

    /** 30 records copied by a first run, then 100 more changes for the run that crashes. */
    private static Flow deltaFlowWithAWatermark(EngineFixture fixture) {
        fixture.memory.fill(30);
        Flow flow = fixture.create(delta("orders"));
        assertEquals(30, fixture.runToEnd(flow.id(), NORMAL).counts().read());
        for (int i = 1; i <= 100; i++) {
            fixture.memory.put("n" + i, 100 + i, "new " + i);
        }
        fixture.memory.writeOrder.clear();
        return flow;
    }

    private static Run startAndCrashAfterThreePages(EngineFixture fixture, Flow flow) {
        fixture.memory.hangOnWriteCall = fixture.memory.writeCalls.get() + 4;
        Run run = fixture.flows().start(fixture.manager, flow.id(), NORMAL);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                fixture.runs().run(fixture.manager, run.id()).pages() == 3
                        && fixture.memory.written.containsKey("n40"));
        fixture.engine.close();
        fixture.memory.hangOnWriteCall = 0;
        Run left = fixture.runs().run(fixture.manager, run.id());
        assertEquals(RunStatus.RUNNING, left.status());
        assertEquals(3, left.pages());
        return left;
    }

    private static void assertResumedToTheEnd(EngineFixture fixture, Flow flow, Run crashed) {
        Run resumed = fixture.awaitEnd(crashed.id());
        assertEquals(RunStatus.SUCCEEDED, resumed.status());
        assertEquals("manual", resumed.trigger());
        assertEquals(10, resumed.pages());
        assertEquals(100, resumed.counts().read(), "each committed page counts once");
        assertEquals(130, fixture.memory.written.size());
        assertEquals(Set.copyOf(fixture.memory.sourceIds()), fixture.memory.written.keySet());
        assertEquals(1, writes(fixture, "n30"), "committed page 3 is not written again");
        assertEquals(2, writes(fixture, "n31"), "page 4, written but not committed, is written again");
        assertEquals(1, writes(fixture, "n41"));
        assertEquals(0, fixture.runToEnd(flow.id(), NORMAL).counts().read(), "the watermark moved to the end");
    }

    private static long writes(EngineFixture fixture, String key) {
        return fixture.memory.writeOrder.stream().filter(key::equals).count();
    }
}
