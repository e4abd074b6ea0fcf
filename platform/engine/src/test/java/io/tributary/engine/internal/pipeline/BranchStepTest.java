package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.destination;
import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.Record;

class BranchStepTest {

    private static final String BRANCH = "steps[1]:by-region";
    private static final String EU = BRANCH + "/routes[0]:eu";
    private static final String BIG = BRANCH + "/routes[1]:big";
    private static final String REST = BRANCH + "/routes[2]:rest";

    /** eu (tags, then two destinations), big (a filter, then one), rest (no condition, one). */
    private static Pipeline regions(boolean all) {
        BranchStep.Route eu = new BranchStep.Route(EU, jsonata("region = 'EU'"), new Scope(
                List.of(new MapStep(EU + "/steps[0]:tag", jsonata("$merge([$, {'zone': 'eu'}])"), null)),
                List.of(destination(EU + "/destinations[0]:crm"), destination(EU + "/destinations[1]:erp"))));
        BranchStep.Route big = new BranchStep.Route(BIG, jsonata("total > 100"), new Scope(
                List.of(new FilterStep(BIG + "/steps[0]:paid", jsonata("paid"))),
                List.of(destination(BIG + "/destinations[0]:vip"))));
        BranchStep.Route rest = new BranchStep.Route(REST, null, new Scope(List.of(),
                List.of(destination(REST + "/destinations[0]:warehouse"))));
        return new StepPipeline(new Scope(List.of(new MapStep("steps[0]:shape", jsonata("$"), null),
                new BranchStep(BRANCH, all, List.of(eu, big, rest))), List.of()));
    }

    @Test
    void destinationsAreNumberedFlowFirstThenRoutesDepthFirst() {
        assertEquals(List.of(EU + "/destinations[0]:crm", EU + "/destinations[1]:erp", BIG + "/destinations[0]:vip",
                REST + "/destinations[0]:warehouse"), regions(false).destinations().stream()
                .map(DestinationSpec::path).toList());
    }

    @Test
    void modeFirstTakesTheFirstMatchingRoute() {
        List<Routed> routed = route(regions(false), record("eu-big", "{'region': 'EU', 'total': 500, 'paid': true}"),
                record("us-big", "{'region': 'US', 'total': 500, 'paid': true}"),
                record("us-small", "{'region': 'US', 'total': 5}"));

        assertEquals(List.of(0, 1), destinations(routed.get(0)));
        assertEquals(json("{'region': 'EU', 'total': 500, 'paid': true, 'zone': 'eu'}"),
                routed.get(0).deliveries().get(1).record().data());
        assertEquals(List.of(2), destinations(routed.get(1)));
        assertEquals(List.of(3), destinations(routed.get(2)));
    }

    @Test
    void modeAllTakesEveryMatchingRouteAndIssuesCarryTheRoutePath() {
        List<Routed> routed = route(regions(true), record("eu-big-unpaid", "{'region': 'EU', 'total': 500}"),
                record("us-big", "{'region': 'US', 'total': 500, 'paid': true}"));

        assertEquals(List.of(0, 1, 3), destinations(routed.get(0)), "delivered on eu and rest");
        assertEquals(List.of(StepIssue.ignored(BIG + "/steps[0]:paid", "filtered out by paid")),
                routed.get(0).issues(), "and ignored on big");
        assertEquals(List.of(2, 3), destinations(routed.get(1)));
    }

    @Test
    void aRecordNoRouteTakesIsIgnoredAtTheBranch() {
        BranchStep.Route eu = new BranchStep.Route(EU, jsonata("region = 'EU'"),
                new Scope(List.of(), List.of(destination(EU + "/destinations[0]:crm"))));
        Pipeline pipeline = new StepPipeline(new Scope(List.of(new BranchStep(BRANCH, true, List.of(eu))), List.of()));

        Routed routed = route(pipeline, record("us", "{'region': 'US'}")).get(0);

        assertEquals(List.of(StepIssue.ignored(BRANCH, "no route matched")), routed.issues());
        assertEquals(List.of(), routed.deliveries());
    }

    @Test
    void aFailingConditionFailsTheRecordAtTheBranchAndRoutesItNowhere() {
        List<Routed> routed = route(regions(true), record("odd", "{'region': 'EU', 'total': 'lots'}"));

        StepIssue issue = routed.get(0).issues().get(0);
        assertEquals(BRANCH, issue.step());
        assertTrue(issue.error());
        assertTrue(issue.message().startsWith("condition of " + BIG + " failed: "), issue.message());
        assertEquals(List.of(), routed.get(0).deliveries());
    }

    @Test
    void nestedBranchesNameTheWholePath() {
        String inner = REST + "/steps[0]:by-size";
        String small = inner + "/routes[0]:small";
        BranchStep.Route smallRoute = new BranchStep.Route(small, jsonata("total < 10"), new Scope(
                List.of(new MapStep(small + "/steps[0]:shape", jsonata("'oops'"), null)),
                List.of(destination(small + "/destinations[0]:bin"))));
        BranchStep.Route rest = new BranchStep.Route(REST, null,
                new Scope(List.of(new BranchStep(inner, false, List.of(smallRoute))), List.of()));
        Pipeline pipeline = new StepPipeline(new Scope(List.of(new BranchStep(BRANCH, false, List.of(rest))),
                List.of()));

        List<Routed> routed = route(pipeline, record("tiny", "{'total': 1}"), record("huge", "{'total': 1000}"));

        assertEquals(List.of(StepIssue.failed(small + "/steps[0]:shape", "expression gave a string, not an object",
                false)), routed.get(0).issues());
        assertEquals(List.of(StepIssue.ignored(inner, "no route matched")), routed.get(1).issues());
        assertEquals(List.of(small + "/destinations[0]:bin"),
                pipeline.destinations().stream().map(DestinationSpec::path).toList());
    }

    private static List<Routed> route(Pipeline pipeline, Record... records) {
        return pipeline.route(List.of(records), (lookup, config, limit) -> List.of(), Tracer.NONE);
    }

    private static List<Integer> destinations(Routed routed) {
        return routed.deliveries().stream().map(Delivery::destination).toList();
    }
}
