package io.tributary.alerts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;

import io.tributary.api.flow.FlowEvents;

/** Engine events as the flow engine posts them. */
final class Events {

    static final String FLOW = "flow_orders";
    static final String FLOW_NAME = "Orders to warehouse";

    private Events() {
    }

    static Event opened(String flowId, String runId, int count, List<String> samples, String... subscribers) {
        return event(FlowEvents.ERRORS_OPENED, flowId, runId, count, samples, subscribers);
    }

    static Event autoResolved(String flowId, String runId, int count, String... subscribers) {
        return event(FlowEvents.ERRORS_AUTO_RESOLVED, flowId, runId, count, List.of(), subscribers);
    }

    static Event event(String topic, String flowId, String runId, int count, List<String> samples,
            String... subscribers) {
        return new Event(topic, properties(flowId, runId, count, samples, subscribers));
    }

    static Map<String, Object> properties(String flowId, String runId, int count, List<String> samples,
            String... subscribers) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(FlowEvents.FLOW_ID, flowId);
        properties.put(FlowEvents.FLOW_NAME, flowId.equals(FLOW) ? FLOW_NAME : "Flow " + flowId);
        properties.put(FlowEvents.WORKSPACE_ID, "ws_main");
        properties.put(FlowEvents.SUBSCRIBERS, subscribers);
        properties.put(FlowEvents.RUN_ID, runId);
        properties.put(FlowEvents.COUNT, count);
        properties.put(FlowEvents.SAMPLES, samples.toArray(String[]::new));
        return properties;
    }
}
