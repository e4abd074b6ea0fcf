package io.tributary.api.tenancy;

import java.util.Objects;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A connection opened for the platform's own use (a flow run): its secrets decrypted for the connector only.
 *
 * @param connection the connection as stored, secrets masked
 * @param config     its configuration with secret fields decrypted: hand it to the connector, never log or return it
 * @param logger     a logger for the connector's calls that removes the secret values from what is logged
 * @param redactor   removes the secret values from a text, e.g. a connector's error message, before it is stored
 */
public record OpenedConnection(Connection connection, ObjectNode config, System.Logger logger,
                               UnaryOperator<String> redactor) {

    public OpenedConnection {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(redactor, "redactor");
    }
}
