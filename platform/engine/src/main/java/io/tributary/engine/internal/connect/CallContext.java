package io.tributary.engine.internal.connect;

import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/** What a connector gets for one operation of a run. */
record CallContext(ObjectNode connection, ObjectNode config, System.Logger logger, BooleanSupplier cancelled)
        implements ConnectorContext {

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
