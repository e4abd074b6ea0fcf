package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static io.tributary.engine.internal.testing.EngineFixture.json;
import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.tributary.api.flow.DailyStats;
import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.StepTrace;
import io.tributary.api.problem.Problem;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

class FlowServiceTest {

    private static final RunRequest NORMAL = new RunRequest(RunMode.NORMAL, null);

    @EachDatabase
    void flowsAreListedByNameToThoseWhoSeeTheirWorkspace(EngineFixture fixture) {
        fixture.create(definition("beta"));
        fixture.create(definition("alpha"));
        fixture.flows().create(fixture.admin, "ws2", definition("gamma"));

        assertEquals(List.of("alpha", "beta"), names(fixture.flows().flows(fixture.monitor, null)));
        assertEquals(List.of("alpha", "beta", "gamma"), names(fixture.flows().flows(fixture.admin, null)));
        assertEquals(List.of("gamma"), names(fixture.flows().flows(fixture.admin, "ws2")));
        assertEquals(List.of(), names(fixture.flows().flows(fixture.outsider, null)));
        assertProblem(404, () -> fixture.flows().flows(fixture.monitor, "ws2"));
        assertProblem(404, () -> fixture.flows().flows(fixture.outsider, "ws1"));
    }

    @EachDatabase
    void aFlowIsStoredWithItsDefinitionAndChangedAsAWhole(EngineFixture fixture) {
        Flow created = fixture.create(definition("orders"));

        assertEquals("ws1", created.workspaceId());
        assertFalse(created.enabled());
        assertEquals("orders", created.definition().get("name").asText());
        assertEquals(null, created.hookKey());
        Flow enabled = fixture.flows().enable(fixture.manager, created.id(), true);
        assertTrue(enabled.enabled());
        assertTrue(enabled.definition().get("enabled").asBoolean());
        Flow renamed = fixture.flows().update(fixture.manager, created.id(), definition("invoices"));
        assertEquals("invoices", fixture.flows().flow(fixture.monitor, created.id()).name());
        assertFalse(renamed.enabled(), "the new definition says so");
    }

    @EachDatabase
    void namesAreUniqueInAWorkspaceAndInvalidDefinitionsAreNotSaved(EngineFixture fixture) {
        fixture.create(definition("orders"));

        Problem taken = assertProblem(409, () -> fixture.create(definition("orders")));
        assertEquals("name", taken.errors().get(0).field());
        assertProblem(422, () -> fixture.create(json("{'trigger': {'type': 'manual'}}")));
        assertEquals(1, fixture.flows().flows(fixture.admin, "ws1").size());
        fixture.flows().create(fixture.admin, "ws2", definition("orders"));
    }

    @EachDatabase
    void aMonitorViewsRunsAndPreviewsButDoesNotChangeFlows(EngineFixture fixture) {
        fixture.memory.fill(3);
        Flow flow = fixture.create(definition("orders"));

        assertProblem(403, () -> fixture.flows().create(fixture.monitor, "ws1", definition("mine")));
        assertProblem(403, () -> fixture.flows().update(fixture.monitor, flow.id(), definition("mine")));
        assertProblem(403, () -> fixture.flows().enable(fixture.monitor, flow.id(), true));
        assertProblem(403, () -> fixture.flows().delete(fixture.monitor, flow.id()));
        assertEquals(flow.id(), fixture.flows().flow(fixture.monitor, flow.id()).id());
        Run run = fixture.awaitEnd(fixture.flows().start(fixture.monitor, flow.id(), NORMAL).id());
        assertEquals("monitor", run.startedBy());
        assertEquals(7, fixture.flows().stats(fixture.monitor, flow.id(), 7).size());
    }

    @EachDatabase
    void anotherTenantSeesNeitherTheFlowNorItsRunsNorItsErrors(EngineFixture fixture) {
        fixture.memory.fill(3);
        fixture.memory.failKey("r1", "down", false, 1);
        Flow flow = fixture.create(definition("orders"));
        Run run = fixture.runToEnd(flow.id(), NORMAL);
        String errorId = fixture.errors().errors(fixture.monitor, new ErrorQuery(null, flow.id(), null, null, 10,
                null)).items().get(0).id();

        assertProblem(404, () -> fixture.flows().flow(fixture.outsider, flow.id()));
        assertProblem(404, () -> fixture.flows().start(fixture.outsider, flow.id(), NORMAL));
        assertProblem(404, () -> fixture.flows().delete(fixture.outsider, flow.id()));
        assertProblem(404, () -> fixture.runs().run(fixture.outsider, run.id()));
        assertProblem(404, () -> fixture.runs().cancel(fixture.outsider, run.id()));
        assertProblem(404, () -> fixture.runs().runs(fixture.outsider, new RunQuery(null, flow.id(), null, 10,
                null)));
        assertProblem(404, () -> fixture.errors().errors(fixture.outsider, new ErrorQuery(null, flow.id(), null, null,
                10, null)));
        assertProblem(404, () -> fixture.errors().errors(fixture.outsider, new ErrorQuery(null, null, run.id(), null,
                10, null)));
        assertProblem(404, () -> fixture.errors().errors(fixture.monitor, new ErrorQuery(null, null, "no-such-run",
                null, 10, null)));
        assertProblem(404, () -> fixture.errors().error(fixture.outsider, errorId));
        assertProblem(404, () -> fixture.errors().resolve(fixture.outsider, errorId));
        assertEquals(0, fixture.runs().runs(fixture.outsider, new RunQuery(null, null, null, 10, null))
                .items().size());
        assertEquals(0, fixture.errors().errors(fixture.outsider, new ErrorQuery(null, null, null, null, 10, null))
                .items().size());
    }

    @EachDatabase
    void deletingAFlowDeletesItsRunsPagesAndErrors(EngineFixture fixture) {
        fixture.memory.fill(3);
        fixture.memory.failKey("r1", "down", false, 1);
        Flow flow = fixture.create(definition("orders"));
        fixture.runToEnd(flow.id(), NORMAL);

        fixture.flows().delete(fixture.manager, flow.id());

        assertProblem(404, () -> fixture.flows().flow(fixture.manager, flow.id()));
        for (String table : List.of("flow", "flow_run", "run_page", "record_error")) {
            assertTrue(fixture.rows(table).isEmpty(), table);
        }
    }

    @EachDatabase
    void statisticsAddUpEachUtcDayWithZerosForDaysWithoutRuns(EngineFixture fixture) {
        fixture.memory.fill(4);
        fixture.memory.failKey("r1", "down", false, 1);
        Flow flow = fixture.create(definition("orders"));
        Instant today = Instant.parse("2031-03-10T12:00:00Z");
        fixture.clock.set(today.minus(Duration.ofDays(3)));
        fixture.runToEnd(flow.id(), NORMAL);
        fixture.clock.set(today.minus(Duration.ofDays(1)));
        fixture.runToEnd(flow.id(), NORMAL);
        fixture.runToEnd(flow.id(), NORMAL);
        fixture.clock.set(today);

        List<DailyStats> stats = fixture.flows().stats(fixture.monitor, flow.id(), 5);

        assertEquals(LocalDate.parse("2031-03-06"), stats.get(0).day());
        assertEquals(LocalDate.parse("2031-03-10"), stats.get(4).day());
        assertEquals(List.of(0L, 1L, 0L, 2L, 0L), stats.stream().map(DailyStats::runs).toList());
        assertEquals(3, stats.get(1).success());
        assertEquals(1, stats.get(1).errors());
        assertEquals(8, stats.get(3).success());
        assertTrue(stats.get(3).durationMillis() >= stats.get(3).maxDurationMillis());
        assertProblem(422, () -> fixture.flows().stats(fixture.monitor, flow.id(), 91));
        assertProblem(422, () -> fixture.flows().stats(fixture.monitor, flow.id(), 0));
    }

    @EachDatabase
    void aPreviewOfASampleTracesEachStepAndWritesNothing(EngineFixture fixture) {
        Flow flow = fixture.create(definition("orders"));
        ArrayNode sample = (ArrayNode) Json.read("[{\"id\": \"a\"}, {\"ignore\": true}, {\"fail\": true}]");

        Preview preview = fixture.flows().preview(fixture.monitor, flow.id(), sample, 0);

        assertEquals("sample", preview.source());
        assertEquals(2, preview.steps().size(), "each step and destination traced once: " + preview.steps());
        StepTrace check = preview.steps().get(0);
        assertEquals("steps[0]:check", check.step());
        assertEquals(List.of("a", "2", "3"), keys(check.input()));
        assertEquals(List.of("a"), keys(check.output()));
        assertEquals(List.of("ignored", "error"), check.issues().stream()
                .map(issue -> issue.get("outcome").asText()).toList());
        StepTrace destination = preview.steps().get(1);
        assertEquals("destinations[0]:warehouse", destination.step());
        assertEquals("destination", destination.type());
        assertEquals(List.of("a"), keys(destination.output()));
        assertTrue(fixture.memory.written.isEmpty());
        assertTrue(fixture.rows("flow_run").isEmpty());
        assertProblem(422, () -> fixture.flows().preview(fixture.monitor, flow.id(),
                (ArrayNode) Json.read("[1]"), 0));
    }

    @EachDatabase
    void aPreviewWithoutSampleReadsTheSourcesFirstRecords(EngineFixture fixture) {
        fixture.memory.fill(30);
        Flow flow = fixture.create(definition("orders"));

        Preview preview = fixture.flows().preview(fixture.monitor, flow.id(), null, 5);

        assertEquals("source", preview.source());
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), keys(preview.steps().get(0).input()));
        assertTrue(fixture.memory.written.isEmpty());
        assertProblem(422, () -> fixture.flows().preview(fixture.monitor, flow.id(), null, 101));
    }

    private static List<String> names(List<Flow> flows) {
        return flows.stream().map(Flow::name).toList();
    }

    private static List<String> keys(List<JsonNode> records) {
        return records.stream().map(record -> record.get("key").asText()).toList();
    }
}
