package io.tributary.connector.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/** A connector call's context as the platform would hand it: connection, operation config and a cancel switch. */
final class TestContext implements ConnectorContext {

    private final ObjectNode connection;
    private final ObjectNode config;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final RecordingLogger logger = new RecordingLogger();

    TestContext(ObjectNode connection, ObjectNode config) {
        this.connection = connection;
        this.config = config;
    }

    static TestContext of(ObjectNode connection) {
        return new TestContext(connection, Json.MAPPER.createObjectNode());
    }

    static TestContext of(ObjectNode connection, ObjectNode config) {
        return new TestContext(connection, config);
    }

    /** Parses a JSON object written in a test. */
    static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void cancel() {
        cancelled.set(true);
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
    public System.Logger logger() {
        return logger;
    }

    /** What the connector logged in this call. */
    List<String> logged() {
        return logger.messages();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
