package io.tributary.alerts.internal;

import java.util.List;

/**
 * What one engine event tells the subscribers of a flow: how many errors opened or auto-resolved in a run, with
 * sample lines. {@code runId} may be null.
 */
record FlowAlert(String flowId, String flowName, AlertKind kind, String runId, int count, List<String> samples,
        List<String> subscribers) {

    FlowAlert {
        samples = List.copyOf(samples);
        subscribers = List.copyOf(subscribers);
    }
}
