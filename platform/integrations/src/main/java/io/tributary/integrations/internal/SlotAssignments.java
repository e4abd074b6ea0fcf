package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.integrations.internal.FlowLinks.Move;
import io.tributary.integrations.internal.IntegrationRepository.FlowRow;

/**
 * Points slots at other connections of the integration's workspace, and the integration's flows with them. The bases
 * keep slots as placeholders, so this is no change a later merge would take for the user's.
 */
final class SlotAssignments {

    private final ConnectionService connections;
    private final FlowService flows;
    private final IntegrationRepository repository;

    SlotAssignments(ConnectionService connections, FlowService flows, IntegrationRepository repository) {
        this.connections = connections;
        this.flows = flows;
        this.repository = repository;
    }

    /**
     * @param assignments slot name to connection id
     * @return the slots afterwards
     * @throws ProblemException 422 naming each slot that is unknown or whose connection does not fit
     */
    Map<String, SlotState> assign(Caller caller, StoredIntegration integration, Map<String, String> assignments) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, SlotState> slots = new LinkedHashMap<>(integration.slots());
        assignments.forEach((name, connectionId) -> {
            SlotState slot = slots.get(name);
            String fault = slot == null ? "is not a slot of this integration"
                    : fault(caller, integration.workspaceId(), slot, connectionId);
            if (fault != null) {
                errors.add(new FieldError(name, fault));
            } else {
                slots.put(name, slot.pointedAt(connectionId));
            }
        });
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        List<Move> moves = moves(integration.slots(), slots);
        if (!moves.isEmpty()) {
            relinkFlows(caller, integration, moves);
        }
        return slots;
    }

    /** @return why the connection cannot fill the slot, or null when it can */
    private String fault(Caller caller, String workspaceId, SlotState slot, String connectionId) {
        Connection connection;
        try {
            connection = connectionId == null || connectionId.isBlank() ? null
                    : connections.connection(caller, connectionId);
        } catch (ProblemException e) {
            connection = null;
        }
        if (connection == null || !connection.workspaceId().equals(workspaceId)) {
            return "must be a connection of the integration's workspace";
        }
        if (!connection.connectorId().equals(slot.connector())) {
            return "must be a connection of connector " + slot.connector() + ", not " + connection.connectorId();
        }
        try {
            if (!new VersionRange(slot.range()).includes(Version.parseVersion(connection.connectorVersion()))) {
                return "must use a version of connector " + slot.connector() + " in " + slot.range() + ", not "
                        + connection.connectorVersion();
            }
        } catch (IllegalArgumentException e) {
            return "must use a version of connector " + slot.connector() + " in " + slot.range();
        }
        return null;
    }

    /** Moves where only this slot uses the old connection change it everywhere; shared ones only at its places. */
    private static List<Move> moves(Map<String, SlotState> before, Map<String, SlotState> after) {
        List<Move> moves = new ArrayList<>();
        after.forEach((name, slot) -> {
            String from = before.get(name).connectionId();
            if (!from.equals(slot.connectionId())) {
                boolean shared = after.values().stream().anyMatch(other -> other.connectionId().equals(from))
                        || before.entrySet().stream().anyMatch(other -> !other.getKey().equals(name)
                                && other.getValue().connectionId().equals(from));
                moves.add(new Move(name, from, slot.connectionId(), !shared));
            }
        });
        return moves;
    }

    private void relinkFlows(Caller caller, StoredIntegration integration, List<Move> moves) {
        Map<String, Flow> current = new LinkedHashMap<>();
        flows.flows(caller, integration.workspaceId()).forEach(flow -> current.put(flow.id(), flow));
        for (FlowRow row : repository.flows(integration.id())) {
            Flow flow = current.get(row.flowId());
            if (flow == null) {
                continue; // deleted by a user
            }
            ObjectNode relinked = FlowLinks.relink(flow.definition(), row.base(), moves);
            if (!Json.same(relinked, flow.definition())) {
                try {
                    flows.update(caller, flow.id(), relinked);
                } catch (ProblemException e) {
                    throw Problems.renamed(e, field -> "flows." + row.templateKey() + "." + field);
                }
            }
        }
    }
}
