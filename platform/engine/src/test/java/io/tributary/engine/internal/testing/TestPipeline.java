package io.tributary.engine.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.tributary.api.connector.Record;
import io.tributary.engine.internal.pipeline.Delivery;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.LookupSpec;
import io.tributary.engine.internal.pipeline.Lookups;
import io.tributary.engine.internal.pipeline.Pipeline;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.StepIssue;
import io.tributary.engine.internal.pipeline.Tracer;
import io.tributary.engine.internal.pipeline.Tracer.KeyedIssue;

/**
 * A pipeline with one step, {@code steps[0]:check}: a record whose data says {@code "fail": true} fails there
 * (retryable if it says {@code "retryable": true}), one that says {@code "ignore": true} is ignored, every other
 * goes unchanged to every destination. Pages may be held up at random to finish out of order.
 */
public final class TestPipeline implements Pipeline {

    public static final String STEP = "steps[0]:check";

    private final List<DestinationSpec> destinations;
    private final int jitterMillis;

    public TestPipeline(List<DestinationSpec> destinations, int jitterMillis) {
        this.destinations = List.copyOf(destinations);
        this.jitterMillis = jitterMillis;
    }

    @Override
    public List<Routed> route(List<Record> page, Lookups lookups, Tracer tracer) {
        if (jitterMillis > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(jitterMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Routed> routed = new ArrayList<>();
        List<Record> passed = new ArrayList<>();
        List<KeyedIssue> issues = new ArrayList<>();
        for (Record record : page) {
            StepIssue issue = record.data().path("fail").asBoolean()
                    ? StepIssue.failed(STEP, "the record asked to fail", record.data().path("retryable").asBoolean())
                    : record.data().path("ignore").asBoolean() ? StepIssue.ignored(STEP, "the record asked so")
                    : null;
            if (issue != null) {
                issues.add(new KeyedIssue(record.key(), issue));
                routed.add(new Routed(record, List.of(), List.of(issue)));
                continue;
            }
            passed.add(record);
            List<Delivery> deliveries = new ArrayList<>();
            for (int d = 0; d < destinations.size(); d++) {
                deliveries.add(new Delivery(d, new Record(record.key(), record.data().deepCopy())));
            }
            routed.add(new Routed(record, deliveries, List.of()));
        }
        tracer.step(STEP, "filter", page, passed, issues);
        for (DestinationSpec destination : destinations) {
            tracer.step(destination.path(), "destination", passed, passed, List.of());
        }
        return routed;
    }

    @Override
    public List<DestinationSpec> destinations() {
        return destinations;
    }

    @Override
    public List<LookupSpec> lookups() {
        return List.of();
    }
}
