package io.tributary.tenancy.internal.connection;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/** The context of a connection test: the decrypted connection, an empty operation config, a redacting logger. */
record TestCallContext(ObjectNode connection, ObjectNode config, System.Logger logger) implements ConnectorContext {

    @Override
    public boolean isCancelled() {
        return false;
    }
}
