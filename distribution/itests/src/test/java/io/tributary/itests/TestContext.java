package io.tributary.itests;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorContext;

/** A connector context for calling a connector straight from a test. */
record TestContext(ObjectNode connection, ObjectNode config) implements ConnectorContext {

    TestContext(ObjectNode connection) {
        this(connection, JsonNodeFactory.instance.objectNode());
    }

    @Override
    public System.Logger logger() {
        return System.getLogger(TestContext.class.getName());
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
