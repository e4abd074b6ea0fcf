package io.tributary.api.flow;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored flow.
 *
 * @param id          the flow's id
 * @param workspaceId the workspace it belongs to
 * @param name        its name, unique in the workspace
 * @param enabled     whether its trigger (schedule, webhook) is live; a disabled flow can still be run by hand
 * @param definition  the definition as accepted (name, enabled, trigger, source, steps, destinations, settings,
 *                    alerts), with defaults filled in
 * @param hookKey     for a webhook trigger, the key of its URL {@code /hooks/{key}}; null otherwise
 * @param createdAt   when it was created
 * @param updatedAt   when it was last changed
 */
public record Flow(String id, String workspaceId, String name, boolean enabled, ObjectNode definition, String hookKey,
                   Instant createdAt, Instant updatedAt) {

    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(definition, "definition");
    }
}
