package io.tributary.engine.internal.data;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;

/**
 * A flow row: the API's {@link Flow} plus what only the engine sees.
 *
 * @param triggerType manual, schedule or webhook (lower case), to find schedule and webhook flows without parsing
 * @param watermark   the delta position of the last normal run that read its source to the end; null before
 * @param activeRunId the run holding the flow's one execution slot, or null
 * @param rowVersion  incremented by every change of the definition, for optimistic locking and compile caching
 */
public record StoredFlow(String id, String tenantId, String workspaceId, String name, boolean enabled,
                         String triggerType, ObjectNode definition, String hookKey, String watermark,
                         String activeRunId, int rowVersion, Instant createdAt, Instant updatedAt) {

    public Flow toFlow() {
        return new Flow(id, workspaceId, name, enabled, definition.deepCopy(), hookKey, createdAt, updatedAt);
    }

    /** The same flow with a new definition and the fields taken from it. */
    public StoredFlow withDefinition(ObjectNode newDefinition, String newTriggerType, String newHookKey,
            Instant now) {
        return new StoredFlow(id, tenantId, workspaceId, newDefinition.path("name").asText(),
                newDefinition.path("enabled").asBoolean(false), newTriggerType, newDefinition, newHookKey,
                watermark, activeRunId, rowVersion, createdAt, now);
    }
}
