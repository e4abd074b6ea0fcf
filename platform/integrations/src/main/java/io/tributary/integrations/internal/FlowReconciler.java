package io.tributary.integrations.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowService;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.integrations.internal.IntegrationRepository.FlowRow;

/**
 * Brings an integration's flows to new renderings of its templates (new settings, a new version), keeping what users
 * changed: each flow is merged three ways (its base, the flow now, the new rendering), both renderings with the
 * slots' current connections. A template without a flow yet gets one, disabled; a flow whose template is gone is
 * deleted. A flow a user deleted stays deleted.
 */
final class FlowReconciler {

    private final FlowService flows;
    private final IntegrationRepository repository;

    FlowReconciler(FlowService flows, IntegrationRepository repository) {
        this.flows = flows;
        this.repository = repository;
    }

    /**
     * @param renderings template key to its rendering with the new settings, slots as placeholders
     * @param slots      slot name to connection id
     */
    void reconcile(Caller caller, StoredIntegration integration, Map<String, ObjectNode> renderings,
            Map<String, String> slots) {
        Map<String, Flow> current = new HashMap<>();
        flows.flows(caller, integration.workspaceId()).forEach(flow -> current.put(flow.id(), flow));
        Map<String, FlowRow> rows = new HashMap<>();
        repository.flows(integration.id()).forEach(row -> rows.put(row.templateKey(), row));
        // first, so that a new template may take the name of a flow whose template is gone
        rows.values().stream().filter(row -> !renderings.containsKey(row.templateKey())).forEach(row -> {
            if (current.containsKey(row.flowId())) {
                flows.delete(caller, row.flowId());
            }
            repository.deleteFlow(integration.id(), row.templateKey());
        });
        Placeholders connections = Placeholders.slots(slots);
        renderings.forEach((key, rendering) -> {
            FlowRow row = rows.get(key);
            if (row == null) {
                ObjectNode definition = connections.render(rendering).put("enabled", false);
                Flow created = within(key, () -> flows.create(caller, integration.workspaceId(), definition));
                repository.insertFlow(integration.id(), new FlowRow(key, created.id(), rendering));
                return;
            }
            Flow mine = current.get(row.flowId());
            if (mine != null) {
                JsonNode merged = ThreeWayMerge.merge(connections.render(row.base()), mine.definition(),
                        connections.render(rendering));
                if (!Json.same(merged, mine.definition())) {
                    within(key, () -> flows.update(caller, mine.id(), (ObjectNode) merged));
                }
            }
            repository.updateBase(integration.id(), key, rendering);
        });
    }

    /** A flow service call whose problems name their fields under {@code flows.<key>}. */
    private static Flow within(String key, Supplier<Flow> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw Problems.renamed(e, field -> "flows." + key + "." + field);
        }
    }
}
