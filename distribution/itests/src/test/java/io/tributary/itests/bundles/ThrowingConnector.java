package io.tributary.itests.bundles;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;

/** A connector whose component fails to activate, as one with a broken start-up would. */
public class ThrowingConnector implements Connector {

    public ThrowingConnector() {
        throw new IllegalStateException("licence server unreachable");
    }

    @Override
    public ConnectionTest test(ConnectorContext context) {
        return ConnectionTest.failed("never activated");
    }
}
