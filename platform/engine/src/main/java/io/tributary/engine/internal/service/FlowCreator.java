package io.tributary.engine.internal.service;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.engine.internal.common.HookKeys;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.definition.TriggerSpec;
import io.tributary.store.jdbc.Ids;

/**
 * The one way a flow comes to be, whether a user creates it or a workspace import does: its definition validated
 * and compiled, then stored with a new id (and hook key for a webhook flow). Callers check access first.
 */
final class FlowCreator {

    private final Engine engine;

    FlowCreator(Engine engine) {
        this.engine = engine;
    }

    /** @throws io.tributary.api.problem.ProblemException 422 for a broken rule, 409 naming {@code name} if taken */
    StoredFlow create(String tenantId, String workspaceId, ObjectNode definition) {
        ObjectNode normalized = engine.parts().definitions().validate(workspaceId, definition);
        String triggerType = triggerType(engine.parts().definitions().compile(normalized));
        Instant now = engine.clock().instant();
        StoredFlow flow = new StoredFlow(Ids.next("flow"), tenantId, workspaceId,
                normalized.path("name").asText(), normalized.path("enabled").asBoolean(false), triggerType,
                normalized, "webhook".equals(triggerType) ? HookKeys.next() : null, null, null, 1, now, now);
        engine.repositories().database().transaction(c -> {
            engine.repositories().flows().insert(flow);
            return null;
        }, () -> nameTaken(flow.name()));
        return flow;
    }

    static String triggerType(CompiledFlow compiled) {
        TriggerSpec.Type type = compiled.trigger() == null ? TriggerSpec.Type.MANUAL : compiled.trigger().type();
        return type.name().toLowerCase(Locale.ROOT);
    }

    static RuntimeException nameTaken(String name) {
        return Problems.conflict("name", "A flow named '" + name + "' already exists in this workspace");
    }
}
