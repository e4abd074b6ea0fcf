package io.tributary.rest.internal.connection;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.Connection;

/**
 * A connection as the API shows it: the shape a client sends, so what it read can be sent back with
 * {@code PUT}. Secret fields of {@code config} are masked.
 */
@Schema(name = "Connection")
public record ConnectionView(String id, String workspaceId, ConnectorRef connector, String name,
                             @Schema(description = "Secret fields are always masked") ObjectNode config,
                             Instant createdAt, Instant updatedAt) {

    public static ConnectionView of(Connection connection) {
        return new ConnectionView(connection.id(), connection.workspaceId(),
                new ConnectorRef(connection.connectorId(), connection.connectorVersion()), connection.name(),
                connection.config(), connection.createdAt(), connection.updatedAt());
    }
}
