package io.tributary.connector.jdbc;

import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/** A connector context for tests: a connection, an operation configuration and a cancel switch. */
final class TestContext implements ConnectorContext {

    private final ObjectNode connection;
    private final ObjectNode config;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    TestContext(ObjectNode connection, ObjectNode config) {
        this.connection = connection;
        this.config = config;
    }

    static TestContext of(ObjectNode connection) {
        return new TestContext(connection, JsonNodeFactory.instance.objectNode());
    }

    @Override
    public ObjectNode connection() {
        return connection.deepCopy();
    }

    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }

    @Override
    public System.Logger logger() {
        return System.getLogger(TestContext.class.getName());
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
