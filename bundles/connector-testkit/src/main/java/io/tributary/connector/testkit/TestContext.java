package io.tributary.connector.testkit;

import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/**
 * A {@link ConnectorContext} for tests: the connection and config given, a logger that records every message, and
 * a cancellation switch the test flips.
 */
public final class TestContext implements ConnectorContext {

    private final ObjectNode connection;
    private final ObjectNode config;
    private final RecordingLogger logger = new RecordingLogger();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public TestContext(ObjectNode connection, ObjectNode config) {
        this.connection = connection.deepCopy();
        this.config = config.deepCopy();
    }

    /** A context for a connection test: the connection and an empty config. */
    public static TestContext of(ObjectNode connection) {
        return new TestContext(connection, JsonNodeFactory.instance.objectNode());
    }

    @Override
    public ObjectNode connection() {
        return connection;
    }

    @Override
    public ObjectNode config() {
        return config;
    }

    @Override
    public RecordingLogger logger() {
        return logger;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Cancels the run this context belongs to, as a user stopping it would. */
    public void cancel() {
        cancelled.set(true);
    }
}
