package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.connector.Record;

/** The pipeline of a compiled flow: immutable once built, so pages may go through it on several threads at once. */
public final class StepPipeline implements Pipeline {

    private final Scope root;
    private final List<DestinationSpec> destinations;
    private final List<LookupSpec> lookups;

    public StepPipeline(Scope root) {
        this.root = root;
        List<DestinationSpec> allDestinations = new ArrayList<>();
        List<LookupSpec> allLookups = new ArrayList<>();
        collect(root, allDestinations, allLookups);
        this.destinations = List.copyOf(allDestinations);
        this.lookups = List.copyOf(allLookups);
    }

    @Override
    public List<Routed> route(List<Record> page, Lookups lookups, Tracer tracer) {
        PageRun run = new PageRun(page, lookups, tracer);
        List<Item> items = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            items.add(Item.of(i, page.get(i)));
        }
        root.run(items, run);
        return run.routed();
    }

    @Override
    public List<DestinationSpec> destinations() {
        return destinations;
    }

    @Override
    public List<LookupSpec> lookups() {
        return lookups;
    }

    /** A scope's own destinations first, then those of its routes, depth-first; numbers them as it goes. */
    private static void collect(Scope scope, List<DestinationSpec> destinations, List<LookupSpec> lookups) {
        for (int d = 0; d < scope.destinations.size(); d++) {
            scope.indexes[d] = destinations.size();
            destinations.add(scope.destinations.get(d));
        }
        for (Step step : scope.steps) {
            if (step instanceof LookupStep lookup) {
                lookups.add(lookup.spec());
            } else if (step instanceof BranchStep branch) {
                for (BranchStep.Route route : branch.routes()) {
                    collect(route.scope(), destinations, lookups);
                }
            }
        }
    }
}
