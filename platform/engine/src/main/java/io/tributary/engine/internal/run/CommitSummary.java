package io.tributary.engine.internal.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tributary.api.flow.FlowEvents;
import io.tributary.engine.internal.data.StoredFlow;

/**
 * What a committed page changed in the error queue, to tell the alerts service.
 *
 * @param opened           new open errors
 * @param openedSamples    up to {@value #MAX_SAMPLES} of them as {@code key: step: message}
 * @param resolved         errors resolved because their record key succeeded
 * @param resolvedSamples  up to {@value #MAX_SAMPLES} of them as {@code key: step: message}
 */
public record CommitSummary(int opened, List<String> openedSamples, int resolved, List<String> resolvedSamples) {

    public static final int MAX_SAMPLES = 20;

    /**
     * Posts what happened, if anything and if the flow has alert subscribers: the events exist for their digests.
     *
     * @param autoResolved whether successes of a run (not a user's retry) resolved the errors
     */
    public void post(ErrorEvents events, StoredFlow flow, List<String> subscribers, String runId,
            boolean autoResolved) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (opened > 0) {
            events.post(FlowEvents.ERRORS_OPENED, properties(flow, subscribers, runId, opened, openedSamples));
        }
        if (resolved > 0 && autoResolved) {
            events.post(FlowEvents.ERRORS_AUTO_RESOLVED,
                    properties(flow, subscribers, runId, resolved, resolvedSamples));
        }
    }

    private static Map<String, Object> properties(StoredFlow flow, List<String> subscribers, String runId,
            int count, List<String> samples) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(FlowEvents.FLOW_ID, flow.id());
        properties.put(FlowEvents.FLOW_NAME, flow.name());
        properties.put(FlowEvents.WORKSPACE_ID, flow.workspaceId());
        properties.put(FlowEvents.SUBSCRIBERS, subscribers.toArray(String[]::new));
        properties.put(FlowEvents.RUN_ID, runId);
        properties.put(FlowEvents.COUNT, count);
        properties.put(FlowEvents.SAMPLES, samples.toArray(String[]::new));
        return properties;
    }
}
