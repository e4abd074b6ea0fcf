package io.tributary.engine.internal.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.definition.CompiledFlow;

/**
 * Compiled definitions by flow, kept while the flow's row version stays the same: webhooks and runs of a busy flow
 * do not parse its expressions again and again.
 */
public final class CompiledFlows {

    private record Entry(int rowVersion, CompiledFlow compiled) {
    }

    private final Definitions definitions;
    private final Map<String, Entry> byFlow = new ConcurrentHashMap<>();

    public CompiledFlows(Definitions definitions) {
        this.definitions = definitions;
    }

    public CompiledFlow of(StoredFlow flow) {
        Entry known = byFlow.get(flow.id());
        if (known != null && known.rowVersion() == flow.rowVersion()) {
            return known.compiled();
        }
        CompiledFlow compiled = definitions.compile(flow.definition());
        byFlow.put(flow.id(), new Entry(flow.rowVersion(), compiled));
        return compiled;
    }

    public void forget(String flowId) {
        byFlow.remove(flowId);
    }
}
