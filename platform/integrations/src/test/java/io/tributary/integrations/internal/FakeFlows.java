package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.DailyStats;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.flow.Preview;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.tenancy.Caller;

/**
 * Flows in memory, checked and completed the way the engine does in the parts that matter here: names unique in the
 * workspace, connections of the workspace, defaults filled in ({@code enabled}, {@code settings.pageSize}). A source
 * table named {@code refused} is refused, as a table the engine's checks reject. Records every update.
 */
final class FakeFlows implements FlowService {

    final List<String> updated = new ArrayList<>();

    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final FakeConnections connections;
    private int created;

    FakeFlows(FakeConnections connections) {
        this.connections = connections;
    }

    @Override
    public Flow create(Caller caller, String workspaceId, ObjectNode definition) {
        Flow flow = new Flow("flow_" + ++created, workspaceId, definition.path("name").asText(), false,
                checked(caller, workspaceId, null, definition), null, Instant.EPOCH, Instant.EPOCH);
        flows.put(flow.id(), withEnabled(flow));
        return flows.get(flow.id());
    }

    @Override
    public Flow update(Caller caller, String flowId, ObjectNode definition) {
        Flow existing = flow(caller, flowId);
        updated.add(flowId);
        Flow flow = new Flow(flowId, existing.workspaceId(), definition.path("name").asText(), false,
                checked(caller, existing.workspaceId(), flowId, definition), null, existing.createdAt(),
                Instant.EPOCH);
        flows.put(flowId, withEnabled(flow));
        return flows.get(flowId);
    }

    @Override
    public Flow enable(Caller caller, String flowId, boolean enabled) {
        ObjectNode definition = flow(caller, flowId).definition().deepCopy();
        definition.put("enabled", enabled);
        Flow flow = flows.get(flowId);
        flows.put(flowId, withEnabled(new Flow(flowId, flow.workspaceId(), flow.name(), enabled, definition, null,
                flow.createdAt(), flow.updatedAt())));
        return flows.get(flowId);
    }

    @Override
    public List<Flow> flows(Caller caller, String workspaceId) {
        return flows.values().stream().filter(flow -> flow.workspaceId().equals(workspaceId))
                .sorted(Comparator.comparing(Flow::name)).toList();
    }

    @Override
    public Flow flow(Caller caller, String flowId) {
        Flow flow = flows.get(flowId);
        if (flow == null) {
            throw Problems.notFound("flow");
        }
        return flow;
    }

    @Override
    public void delete(Caller caller, String flowId) {
        flow(caller, flowId);
        flows.remove(flowId);
    }

    private ObjectNode checked(Caller caller, String workspaceId, String flowId, ObjectNode definition) {
        String name = definition.path("name").asText();
        if (name.isBlank()) {
            throw Problems.invalid("name", "is required");
        }
        if (flows(caller, workspaceId).stream().anyMatch(flow -> flow.name().equals(name)
                && !flow.id().equals(flowId))) {
            throw Problems.conflict("name", "A flow named '" + name + "' already exists in this workspace");
        }
        if ("refused".equals(definition.at("/source/config/table").asText())) {
            throw Problems.invalid("source.config.table", "no such table");
        }
        checkConnection(caller, workspaceId, definition.path("source"), "source");
        ArrayNode destinations = (ArrayNode) definition.path("destinations");
        for (int i = 0; i < destinations.size(); i++) {
            checkConnection(caller, workspaceId, destinations.get(i), "destinations[" + i + "]");
        }
        ObjectNode normalized = definition.deepCopy();
        if (!normalized.has("enabled")) {
            normalized.put("enabled", false);
        }
        ObjectNode settings = normalized.withObjectProperty("settings");
        if (!settings.has("pageSize")) {
            settings.put("pageSize", 500);
        }
        return normalized;
    }

    private void checkConnection(Caller caller, String workspaceId, JsonNode owner, String field) {
        if (owner.has("connection") && connections.connections(caller, workspaceId).stream()
                .noneMatch(connection -> connection.id().equals(owner.path("connection").asText()))) {
            throw Problems.invalid(field + ".connection", "no such connection in this workspace");
        }
    }

    private static Flow withEnabled(Flow flow) {
        boolean enabled = flow.definition().path("enabled").asBoolean();
        return new Flow(flow.id(), flow.workspaceId(), flow.name(), enabled, flow.definition(), null,
                flow.createdAt(), flow.updatedAt());
    }

    @Override
    public Run start(Caller caller, String flowId, RunRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Preview preview(Caller caller, String flowId, ArrayNode sample, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DailyStats> stats(Caller caller, String flowId, int days) {
        throw new UnsupportedOperationException();
    }
}
