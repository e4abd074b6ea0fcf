package io.tributary.engine.internal.pipeline;

import java.util.List;

/** Steps and the destinations of what passes them: a whole flow, or one route of a branch. */
public final class Scope {

    final List<Step> steps;
    final List<DestinationSpec> destinations;
    /** Each destination's index in {@link Pipeline#destinations()}; set by the pipeline that owns this scope. */
    final int[] indexes;

    public Scope(List<Step> steps, List<DestinationSpec> destinations) {
        this.steps = List.copyOf(steps);
        this.destinations = List.copyOf(destinations);
        this.indexes = new int[destinations.size()];
    }

    void run(List<Item> items, PageRun run) {
        for (Step step : steps) {
            items = step.run(items, run);
        }
        for (int d = 0; d < destinations.size(); d++) {
            for (Item item : items) {
                run.deliver(indexes[d], item);
            }
            run.trace(destinations.get(d).path(), "destination", items, items);
        }
    }
}
