package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.destination;
import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.lookup;
import static io.tributary.engine.internal.pipeline.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.Record;

class TracerTest {

    @Test
    void everyStepTellsItsInputOutputAndIssuesInTheOrderTheyRan() {
        String eu = "steps[3]:route/routes[0]:eu";
        String other = "steps[3]:route/routes[1]:other";
        Pipeline pipeline = new StepPipeline(new Scope(List.of(
                new MapStep("steps[0]:shape", jsonata("{'id': id, 'region': region}"), jsonata("'o' & id")),
                new FilterStep("steps[1]:some", jsonata("id != 2")),
                new LookupStep("steps[2]:owner", lookup("steps[2]:owner"), null, "owner", true, null, 10),
                new BranchStep("steps[3]:route", false, List.of(
                        new BranchStep.Route(eu, jsonata("region = 'EU'"), new Scope(
                                List.of(new MapStep(eu + "/steps[0]:tag", jsonata("$merge([$, {'eu': true}])"), null)),
                                List.of(destination(eu + "/destinations[0]:crm")))),
                        new BranchStep.Route(other, jsonata("region = 'US'"), new Scope(List.of(),
                                List.of(destination(other + "/destinations[0]:erp"))))))), List.of()));
        Fixtures.Trace trace = new Fixtures.Trace();

        pipeline.route(List.of(record("1", "{'id': 1, 'region': 'EU', 'x': 0}"), record("2", "{'id': 2}"),
                record("3", "{'id': 3, 'region': 'ASIA'}")),
                (lookup, config, limit) -> List.of(record("u", "{'user': 'ann'}")), trace);

        assertEquals(List.of("map steps[0]:shape", "filter steps[1]:some", "lookup steps[2]:owner",
                "branch steps[3]:route", "map " + eu + "/steps[0]:tag", "destination " + eu + "/destinations[0]:crm",
                "destination " + other + "/destinations[0]:erp"), trace.steps);
        assertEquals(List.of("1", "2", "3"), keys(trace.inputs.get(0)));
        assertEquals(List.of(new Record("o1", json("{'id': 1, 'region': 'EU'}")),
                new Record("o2", json("{'id': 2}")), new Record("o3", json("{'id': 3, 'region': 'ASIA'}"))),
                trace.outputs.get(0));
        assertEquals(List.of(new Tracer.KeyedIssue("o2",
                StepIssue.ignored("steps[1]:some", "filtered out by id != 2"))), trace.issues.get(1));
        assertEquals(List.of("o1", "o3"), keys(trace.outputs.get(1)));
        assertEquals(json("{'id': 1, 'region': 'EU', 'owner': {'user': 'ann'}}"), trace.outputs.get(2).get(0).data());
        assertEquals(List.of("o1"), keys(trace.outputs.get(3)), "the branch let through what a route took");
        assertEquals(List.of(new Tracer.KeyedIssue("o3", StepIssue.ignored("steps[3]:route", "no route matched"))),
                trace.issues.get(3));
        assertEquals(json("{'id': 1, 'region': 'EU', 'owner': {'user': 'ann'}, 'eu': true}"),
                trace.outputs.get(5).get(0).data(), "what would be written");
        assertEquals(List.of(), trace.inputs.get(6), "a route no record took still shows");
    }

    private static List<String> keys(List<Record> records) {
        return records.stream().map(Record::key).toList();
    }
}
