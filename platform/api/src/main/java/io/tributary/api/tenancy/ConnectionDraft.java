package io.tributary.api.tenancy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A connection to create or the new state of one. On an update, a secret field left out or given as the mask
 * keeps its stored value, so a client can send back what it read.
 */
public record ConnectionDraft(String workspaceId, String connectorId, String connectorVersion, String name,
                              ObjectNode config) {
}
