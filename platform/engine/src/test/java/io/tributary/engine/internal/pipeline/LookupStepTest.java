package io.tributary.engine.internal.pipeline;

import static io.tributary.engine.internal.pipeline.Fixtures.delivered;
import static io.tributary.engine.internal.pipeline.Fixtures.json;
import static io.tributary.engine.internal.pipeline.Fixtures.jsonata;
import static io.tributary.engine.internal.pipeline.Fixtures.lookup;
import static io.tributary.engine.internal.pipeline.Fixtures.pipeline;
import static io.tributary.engine.internal.pipeline.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;

class LookupStepTest {

    private static final String PATH = "steps[2]:customer";
    private static final LookupSpec SPEC = lookup(PATH);

    /** Customers 7 (Ann) and 8 (Bob), filtered by the id in the query when there is one; counts reads. */
    static final class Customers implements Lookups {

        final List<ObjectNode> configs = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();
        ConnectorException failure;

        @Override
        public List<Record> read(LookupSpec lookup, ObjectNode config, int limit) throws ConnectorException {
            assertEquals(SPEC, lookup);
            configs.add(config);
            limits.add(limit);
            if (failure != null) {
                throw failure;
            }
            List<Record> all = List.of(record("7", "{'id': 7, 'name': 'Ann'}"), record("8", "{'id': 8, 'name': 'Bob'}"),
                    record("9", "{'id': 7.0, 'name': 'Ann again'}"));
            String id = config.path("query").path("id").asText(null);
            return all.stream().filter(customer -> id == null || customer.key().equals(id)).toList();
        }
    }

    private final Customers customers = new Customers();

    @Test
    void perRecordParamsAreMergedIntoTheConfigAndTheResultsGoUnderAs() {
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, jsonata("{'query': {'id': $string(customerId)}}"),
                "customers", false, null, 500));

        List<Routed> routed = pipeline.route(List.of(record("o1", "{'customerId': 7}"), record("o2", "{'customerId': 5}")),
                customers, Tracer.NONE);

        assertEquals(List.of(json("{'customerId': 7, 'customers': [{'id': 7, 'name': 'Ann'}]}"),
                json("{'customerId': 5, 'customers': []}")), delivered(routed));
        assertEquals(List.of(json("{'path': '/customers', 'keyField': 'id', 'query': {'id': '7'}}"),
                json("{'path': '/customers', 'keyField': 'id', 'query': {'id': '5'}}")), customers.configs);
        assertEquals(List.of(500, 500), customers.limits);
        assertEquals(json("{'path': '/customers', 'keyField': 'id'}"), SPEC.config(), "the step's config stays");
    }

    @Test
    void singlePutsTheFirstResultOrNull() {
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, jsonata("{'query': {'id': $string(customerId)}}"),
                "customer", true, null, 500));

        List<Routed> routed = pipeline.route(List.of(record("o1", "{'customerId': 8}"), record("o2", "{'customerId': 5}")),
                customers, Tracer.NONE);

        assertEquals(List.of(json("{'customerId': 8, 'customer': {'id': 8, 'name': 'Bob'}}"),
                json("{'customerId': 5, 'customer': null}")), delivered(routed));
        assertEquals(List.of(1, 1), customers.limits, "one result is all it needs");
    }

    @Test
    void aConnectorFailureFailsTheRecordWithItsRetryability() {
        customers.failure = new ConnectorException("HTTP 503 from /customers", true);
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, null, "customers", false, null, 500));

        Routed routed = pipeline.route(List.of(record("o1", "{}")), customers, Tracer.NONE).get(0);

        assertEquals(List.of(StepIssue.failed(PATH, "lookup failed: HTTP 503 from /customers", true)),
                routed.issues());
        assertEquals(List.of(), routed.deliveries());

        customers.failure = new ConnectorException("HTTP 400 from /customers", false);
        assertEquals(false, pipeline.route(List.of(record("o1", "{}")), customers, Tracer.NONE).get(0).issues().get(0)
                .retryable());
    }

    @Test
    void paramsThatAreNoObjectFailTheRecord() {
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, jsonata("customerId"), "c", false, null, 500));

        Routed routed = pipeline.route(List.of(record("o1", "{'customerId': 7}")), customers, Tracer.NONE).get(0);

        assertEquals(List.of(StepIssue.failed(PATH, "params gave a number, not an object", false)), routed.issues());
        assertEquals(List.of(), customers.configs, "nothing was read");
    }

    @Test
    void perPageReadsOnceAndGivesEachRecordItsMatchesComparedLikeJsonata() {
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, jsonata("{'query': {'ids': $join(records.$string(customerId), ',')}}"),
                "customers", false, new LookupStep.Match(jsonata("customerId"), jsonata("id")), 500));

        List<Routed> routed = pipeline.route(List.of(record("o1", "{'customerId': 7}"), record("o2", "{'customerId': 8}"),
                record("o3", "{'customerId': 5}"), record("o4", "{}")), customers, Tracer.NONE);

        assertEquals(List.of(json("{'path': '/customers', 'keyField': 'id', 'query': {'ids': '7,8,5'}}")),
                customers.configs);
        assertEquals(List.of(LookupStep.PAGE_LIMIT), customers.limits);
        assertEquals(List.of(
                json("{'customerId': 7, 'customers': [{'id': 7, 'name': 'Ann'}, {'id': 7.0, 'name': 'Ann again'}]}"),
                json("{'customerId': 8, 'customers': [{'id': 8, 'name': 'Bob'}]}"),
                json("{'customerId': 5, 'customers': []}"),
                json("{'customers': []}")), delivered(routed));
    }

    @Test
    void perPageSingleGivesEachRecordItsOwnCopy() {
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, null, "customer", true,
                new LookupStep.Match(jsonata("customerId"), jsonata("id")), 500));

        List<ObjectNode> data = delivered(pipeline.route(List.of(record("o1", "{'customerId': 8}"),
                record("o2", "{'customerId': 8}")), customers, Tracer.NONE));

        assertEquals(json("{'id': 8, 'name': 'Bob'}"), data.get(0).get("customer"));
        ((ObjectNode) data.get(0).get("customer")).put("name", "changed");
        assertEquals("Bob", data.get(1).at("/customer/name").asText());
    }

    @Test
    void aFailedPerPageReadFailsEveryRecordOfThePage() {
        customers.failure = new ConnectorException("timed out", true);
        Pipeline pipeline = pipeline(new LookupStep(PATH, SPEC, null, "customer", true,
                new LookupStep.Match(jsonata("customerId"), jsonata("id")), 500));

        List<Routed> routed = pipeline.route(List.of(record("o1", "{'customerId': 8}"), record("o2", "{}")),
                customers, Tracer.NONE);

        for (Routed one : routed) {
            assertEquals(List.of(StepIssue.failed(PATH, "lookup failed: timed out", true)), one.issues());
        }
    }

    @Test
    void aPerPageLookupOfAnEmptyPageReadsNothing() {
        Pipeline pipeline = pipeline(new FilterStep("steps[0]:none", jsonata("false")), new LookupStep(PATH, SPEC,
                null, "customer", true, new LookupStep.Match(jsonata("customerId"), jsonata("id")), 500));

        pipeline.route(List.of(record("o1", "{'customerId': 8}")), customers, Tracer.NONE);

        assertEquals(List.of(), customers.configs);
    }
}
