package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.connector.Record;

/** One page's way through a pipeline: what happened to each of its records, and the tracer to tell. */
final class PageRun {

    final Lookups lookups;
    private final Tracer tracer;
    private final boolean tracing;
    private final List<Record> page;
    private final List<Delivery>[] deliveries;
    private final List<StepIssue>[] issues;
    private List<Tracer.KeyedIssue> stepIssues = new ArrayList<>();

    @SuppressWarnings("unchecked")
    PageRun(List<Record> page, Lookups lookups, Tracer tracer) {
        this.page = page;
        this.lookups = lookups;
        this.tracer = tracer;
        this.tracing = tracer != Tracer.NONE;
        this.deliveries = new List[page.size()];
        this.issues = new List[page.size()];
    }

    void issue(Item item, StepIssue issue) {
        if (issues[item.origin] == null) {
            issues[item.origin] = new ArrayList<>(2);
        }
        issues[item.origin].add(issue);
        if (tracing) {
            stepIssues.add(new Tracer.KeyedIssue(item.key, issue));
        }
    }

    void deliver(int destination, Item item) {
        if (deliveries[item.origin] == null) {
            deliveries[item.origin] = new ArrayList<>(2);
        }
        deliveries[item.origin].add(new Delivery(destination, item.record()));
    }

    /** Tells the tracer what a step did, with the issues raised since the previous step told it. */
    void trace(String step, String type, List<Item> input, List<Item> output) {
        if (tracing) {
            tracer.step(step, type, records(input), records(output), stepIssues);
            stepIssues = new ArrayList<>();
        }
    }

    List<Routed> routed() {
        List<Routed> routed = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            routed.add(new Routed(page.get(i), orEmpty(deliveries[i]), orEmpty(issues[i])));
        }
        return routed;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<Record> records(List<Item> items) {
        List<Record> records = new ArrayList<>(items.size());
        for (Item item : items) {
            records.add(item.record());
        }
        return records;
    }
}
