package io.tributary.engine.internal.connect;

import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.tenancy.OpenedConnection;

/**
 * A connection opened with the connector version a run binds to: the highest active one in the range.
 *
 * @param connection the connection with its secrets decrypted
 * @param info       the bound connector version and its descriptor
 * @param connector  its service
 */
public record BoundConnector(OpenedConnection connection, ConnectorInfo info, Connector connector) {

    /** The default {@code maxBatch} of a destination operation whose descriptor declares none. */
    public static final int DEFAULT_MAX_BATCH = 100;

    public ConnectorContext context(ObjectNode config, BooleanSupplier cancelled) {
        return new CallContext(connection.config(), config, connection.logger(), cancelled);
    }

    /** A connector's message with the connection's secret values removed, fit to store and show. */
    public String redact(String message) {
        return message == null ? null : connection.redactor().apply(message);
    }

    /** The operation's {@code maxBatch} from the descriptor. */
    public int maxBatch(String operation) {
        if (info.descriptor() != null) {
            for (JsonNode declared : info.descriptor().path("operations")) {
                if (operation.equals(declared.path("name").asText()) && declared.path("maxBatch").canConvertToInt()
                        && declared.path("maxBatch").asInt() > 0) {
                    return declared.path("maxBatch").asInt();
                }
            }
        }
        return DEFAULT_MAX_BATCH;
    }
}
