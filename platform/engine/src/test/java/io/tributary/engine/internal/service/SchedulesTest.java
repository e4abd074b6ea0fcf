package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.service.RunsTest.holdSecondPage;
import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.schedule.FlowSchedules;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.engine.internal.testing.RecordingScheduler;
import io.tributary.store.testing.EachDatabase;

class SchedulesTest {

    private static final String CRON = "0 */5 * * * ?";

    @EachDatabase
    void aScheduleFlowIsScheduledExactlyWhileItIsEnabled(EngineFixture fixture) {
        RecordingScheduler scheduler = new RecordingScheduler();
        fixture.engine.schedules().schedulerArrived(scheduler);
        Flow flow = fixture.create(scheduled("every five minutes", false));
        String job = FlowSchedules.jobName(flow.id());
        assertFalse(scheduler.jobs.containsKey(job));

        fixture.flows().enable(fixture.manager, flow.id(), true);
        assertEquals(CRON, scheduler.jobs.get(job).cron());
        assertFalse(scheduler.jobs.get(job).concurrent());

        fixture.flows().enable(fixture.manager, flow.id(), false);
        assertFalse(scheduler.jobs.containsKey(job));
        fixture.flows().enable(fixture.manager, flow.id(), true);
        fixture.flows().update(fixture.manager, flow.id(), definition("now manual"));
        assertFalse(scheduler.jobs.containsKey(job));
        fixture.flows().update(fixture.manager, flow.id(), scheduled("again", true));
        assertTrue(scheduler.jobs.containsKey(job));
        fixture.flows().delete(fixture.manager, flow.id());
        assertTrue(scheduler.jobs.isEmpty());
    }

    @EachDatabase
    void aSchedulerArrivingLaterGetsEveryEnabledScheduleAndLeavingForgetsThem(EngineFixture fixture) {
        Flow enabled = fixture.create(scheduled("on", true));
        fixture.create(scheduled("off", false));
        RecordingScheduler scheduler = new RecordingScheduler();

        fixture.engine.schedules().schedulerArrived(scheduler);

        assertEquals(List.of(FlowSchedules.jobName(enabled.id())), List.copyOf(scheduler.jobs.keySet()));
        fixture.engine.schedules().schedulerLeft(scheduler);
        fixture.engine.close();
        assertEquals(1, scheduler.jobs.size(), "a scheduler that left is not called again");
    }

    @EachDatabase
    void aFiringStartsAScheduledRunAndIsSkippedWhileOneRuns(EngineFixture fixture) {
        fixture.memory.fill(25);
        CountDownLatch hold = holdSecondPage(fixture);
        RecordingScheduler scheduler = new RecordingScheduler();
        fixture.engine.schedules().schedulerArrived(scheduler);
        Flow flow = fixture.create(scheduled("on", true));
        String job = FlowSchedules.jobName(flow.id());

        scheduler.fire(job);
        scheduler.fire(job);
        hold.countDown();

        await().atMost(Duration.ofSeconds(20)).until(() -> runs(fixture, flow).stream()
                .allMatch(run -> run.status().isFinished()));
        List<Run> runs = runs(fixture, flow);
        assertEquals(1, runs.size(), "the second firing was skipped");
        assertEquals("schedule", runs.get(0).trigger());
        assertNull(runs.get(0).startedBy());
        assertEquals(RunStatus.SUCCEEDED, runs.get(0).status());
    }

    private static List<Run> runs(EngineFixture fixture, Flow flow) {
        return fixture.runs().runs(fixture.monitor, new RunQuery(null, flow.id(), null, 10, null)).items();
    }

    private static ObjectNode scheduled(String name, boolean enabled) {
        ObjectNode definition = definition(name);
        definition.put("enabled", enabled);
        definition.putObject("trigger").put("type", "schedule").put("cron", CRON);
        return definition;
    }
}
