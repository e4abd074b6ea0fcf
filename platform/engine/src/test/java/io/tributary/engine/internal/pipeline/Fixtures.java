package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;

/** Records and pipelines written briefly: JSON with single quotes, destinations named by their path. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private Fixtures() {
    }

    static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Record record(String key, String data) {
        return new Record(key, json(data));
    }

    static DestinationSpec destination(String path) {
        return new DestinationSpec(path, "db", "write", "[1.0.0,2.0.0)", json("{'table': 't'}"), WriteMode.UPSERT);
    }

    static LookupSpec lookup(String path) {
        return new LookupSpec(path, "api", "get", "[1.0.0,2.0.0)", json("{'path': '/customers', 'keyField': 'id'}"));
    }

    /** Steps into one destination, {@code destinations[0]:out}. */
    static Pipeline pipeline(Step... steps) {
        return new StepPipeline(new Scope(List.of(steps), List.of(destination("destinations[0]:out"))));
    }

    static Expression jsonata(String text) {
        return Expression.compile(text);
    }

    /** What each delivered record's data is, in delivery order over the whole page. */
    static List<ObjectNode> delivered(List<Routed> routed) {
        List<ObjectNode> data = new ArrayList<>();
        for (Routed one : routed) {
            for (Delivery delivery : one.deliveries()) {
                data.add(delivery.record().data());
            }
        }
        return data;
    }

    /** Keeps what the tracer was told, one line per step. */
    static final class Trace implements Tracer {

        final List<String> steps = new ArrayList<>();
        final List<List<Record>> inputs = new ArrayList<>();
        final List<List<Record>> outputs = new ArrayList<>();
        final List<List<KeyedIssue>> issues = new ArrayList<>();

        @Override
        public void step(String step, String type, List<Record> input, List<Record> output, List<KeyedIssue> issues) {
            this.steps.add(type + " " + step);
            this.inputs.add(input);
            this.outputs.add(output);
            this.issues.add(issues);
        }
    }
}
