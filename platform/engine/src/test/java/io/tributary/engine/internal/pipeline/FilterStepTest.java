package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.pipeline;
import static io.tributary.engine.internal.pipeline.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FilterStepTest {

    private static final String PATH = "steps[1]:big-only";

    @Test
    void recordsForWhichTheConditionIsNotTrueAreIgnoredWithTheCondition() {
        Pipeline pipeline = pipeline(new FilterStep(PATH, jsonata("total > 100")));

        List<Routed> routed = pipeline.route(List.of(record("small", "{'total': 5}"), record("big", "{'total': 500}"),
                record("none", "{}")), (lookup, config, limit) -> List.of(), Tracer.NONE);

        assertEquals(List.of(StepIssue.ignored(PATH, "filtered out by total > 100")), routed.get(0).issues());
        assertEquals(List.of(), routed.get(0).deliveries());
        assertEquals(List.of(), routed.get(1).issues());
        assertEquals("big", routed.get(1).deliveries().get(0).record().key());
        assertEquals(List.of(StepIssue.ignored(PATH, "filtered out by total > 100")), routed.get(2).issues());
    }

    @Test
    void truthIsJsonatasBoolean() {
        Pipeline pipeline = pipeline(new FilterStep(PATH, jsonata("flag")));

        List<Routed> routed = pipeline.route(List.of(record("text", "{'flag': 'yes'}"), record("empty", "{'flag': ''}"),
                record("one", "{'flag': 1}"), record("zero", "{'flag': 0}"), record("null", "{'flag': null}"),
                record("list", "{'flag': [false, true]}")), (lookup, config, limit) -> List.of(), Tracer.NONE);

        assertEquals(List.of(true, false, true, false, false, true),
                routed.stream().map(one -> !one.deliveries().isEmpty()).toList());
    }

    @Test
    void aFailingConditionFailsTheRecord() {
        Pipeline pipeline = pipeline(new FilterStep(PATH, jsonata("total > 'x' * 2")));

        StepIssue issue = pipeline.route(List.of(record("k", "{'total': 1}")), (lookup, config, limit) -> List.of(),
                Tracer.NONE).get(0).issues().get(0);

        assertTrue(issue.error());
        assertTrue(issue.message().startsWith("condition failed: "), issue.message());
    }
}
