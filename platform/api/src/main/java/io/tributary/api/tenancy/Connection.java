package io.tributary.api.tenancy;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A connection to an outside system: a connector version and its configuration, in a workspace. As returned by
 * the service, secret fields (those marked {@code "writeOnly": true} in the connector's connection schema) are
 * masked; they are stored encrypted and only handed decrypted to the connector.
 */
public record Connection(String id, String workspaceId, String connectorId, String connectorVersion, String name,
                         ObjectNode config, Instant createdAt, Instant updatedAt) {
}
