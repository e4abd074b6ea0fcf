package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.engine.internal.connect.ConnectionOpener;
import io.tributary.engine.internal.data.FlowRepository;
import io.tributary.engine.internal.data.StoredFlow;

/**
 * The flows whose connections (source, lookups, destinations, listener) are of a connector version, so that
 * uninstalling it is refused while they exist.
 */
public class FlowUsage implements ConnectorUsage {

    private static final int BATCH = 200;

    private final FlowRepository flows;
    private final ConnectionOpener connections;

    public FlowUsage(FlowRepository flows, ConnectionOpener connections) {
        this.flows = flows;
        this.connections = connections;
    }

    @Override
    public List<String> usersOf(String connectorId, String version) {
        Map<String, Boolean> matches = new HashMap<>();
        List<String> users = new ArrayList<>();
        String after = "";
        for (List<StoredFlow> batch = flows.listAfter(after, BATCH); !batch.isEmpty();
                batch = flows.listAfter(after, BATCH)) {
            for (StoredFlow flow : batch) {
                Set<String> ids = new LinkedHashSet<>();
                collectConnections(flow.definition(), ids);
                if (ids.stream().anyMatch(id -> matches.computeIfAbsent(id,
                        unknown -> isOf(unknown, connectorId, version)))) {
                    users.add("flow \"" + flow.name() + "\" (" + flow.id() + ")");
                }
            }
            after = batch.get(batch.size() - 1).id();
        }
        return users;
    }

    private boolean isOf(String connectionId, String connectorId, String version) {
        return connections.open(connectionId).map(OpenedConnection::connection)
                .filter(connection -> connectorId.equals(connection.connectorId()))
                .map(Connection::connectorVersion).filter(version::equals).isPresent();
    }

    /** Every {@code connection} field of the definition, wherever its steps and routes nest it. */
    private static void collectConnections(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            JsonNode connection = node.get("connection");
            if (connection != null && connection.isTextual()) {
                ids.add(connection.asText());
            }
            node.elements().forEachRemaining(child -> collectConnections(child, ids));
        } else if (node.isArray()) {
            node.forEach(child -> collectConnections(child, ids));
        }
    }
}
