package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.pipeline;
import static io.tributary.engine.internal.pipeline.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.Record;

class MapStepTest {

    private static final String PATH = "steps[0]:shape";

    @Test
    void theResultBecomesTheDataAndTheKeyStays() {
        Pipeline pipeline = pipeline(new MapStep(PATH, jsonata("{'id': id, 'total': qty * price}"), null));

        List<Routed> routed = route(pipeline, record("k1", "{'id': 1, 'qty': 3, 'price': 2.5, 'secret': 'x'}"));

        Record written = routed.get(0).deliveries().get(0).record();
        assertEquals(new Record("k1", json("{'id': 1, 'total': 7.5}")), written);
        assertEquals(List.of(), routed.get(0).issues());
    }

    @Test
    void aKeyExpressionOverTheNewDataGivesTheNewKey() {
        Pipeline byNumber = pipeline(new MapStep(PATH, jsonata("{'sku': code, 'n': n}"), jsonata("n")));
        Pipeline byText = pipeline(new MapStep(PATH, jsonata("{'sku': code}"), jsonata("'item-' & sku")));
        Record source = record("old", "{'code': 'A1', 'n': 42}");

        assertEquals("42", route(byNumber, source).get(0).deliveries().get(0).record().key());
        assertEquals("item-A1", route(byText, source).get(0).deliveries().get(0).record().key());
    }

    @Test
    void aResultThatIsNotAnObjectFailsTheRecordAtThisStep() {
        assertFailure("name", "expression gave a string, not an object");
        assertFailure("missing", "expression gave nothing, not an object");
        assertFailure("[1, 2]", "expression gave an array, not an object");
        assertFailure("null", "expression gave null, not an object");
    }

    @Test
    void anEvaluationErrorFailsTheRecordNotRetryablyAndNamesTheStep() {
        List<Routed> routed = route(pipeline(new MapStep(PATH, jsonata("{'x': name + 1}"), null)),
                record("k1", "{'name': 'Ann'}"));

        StepIssue issue = routed.get(0).issues().get(0);
        assertEquals(PATH, issue.step());
        assertTrue(issue.error());
        assertEquals(false, issue.retryable());
        assertTrue(issue.message().startsWith("expression failed: "), issue.message());
        assertTrue(issue.message().contains("+"), issue.message());
        assertEquals(List.of(), routed.get(0).deliveries());
    }

    @Test
    void aKeyThatIsNoScalarFailsTheRecord() {
        List<Routed> routed = route(pipeline(new MapStep(PATH, jsonata("{'a': {'b': 1}}"), jsonata("a"))),
                record("k1", "{}"));

        assertEquals(StepIssue.failed(PATH, "key gave an object, not a string, number or boolean", false),
                routed.get(0).issues().get(0));
    }

    @Test
    void aFailedRecordStopsWhileTheOthersGoOn() {
        Pipeline pipeline = pipeline(new MapStep(PATH, jsonata("{'x': 10 / n}"), null),
                new MapStep("steps[1]:again", jsonata("{'y': x}"), null));

        List<Routed> routed = route(pipeline, record("a", "{'n': 'two'}"), record("b", "{'n': 5}"));

        assertEquals(1, routed.get(0).issues().size());
        assertEquals(List.of(), routed.get(0).deliveries());
        assertEquals(json("{'y': 2}"), routed.get(1).deliveries().get(0).record().data());
        assertEquals("b", routed.get(1).source().key());
    }

    private void assertFailure(String expression, String message) {
        List<Routed> routed = route(pipeline(new MapStep(PATH, jsonata(expression), null)),
                record("k1", "{'name': 'Ann'}"));
        assertEquals(List.of(StepIssue.failed(PATH, message, false)), routed.get(0).issues());
    }

    private static List<Routed> route(Pipeline pipeline, Record... records) {
        return pipeline.route(List.of(records), (lookup, config, limit) -> List.of(), Tracer.NONE);
    }
}
