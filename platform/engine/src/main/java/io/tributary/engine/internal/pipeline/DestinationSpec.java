package io.tributary.engine.internal.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.WriteMode;

/**
 * A destination of a flow, as defined.
 *
 * @param path         e.g. {@code destinations[0]:warehouse} or {@code steps[2]:by-region/routes[1]:rest/destinations[0]:crm}
 * @param connectionId the connection to write through
 * @param operation    the destination operation
 * @param versionRange the OSGi version range the connector version must fall in
 * @param config       the operation's configuration
 * @param mode         insert, update or upsert
 */
public record DestinationSpec(String path, String connectionId, String operation, String versionRange,
                              ObjectNode config, WriteMode mode) {
}
