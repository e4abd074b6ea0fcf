package io.tributary.itests.bundles;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;

/** The smallest working connector, for tests that need a second, unrelated one. */
public class WorkingConnector implements Connector {

    @Override
    public ConnectionTest test(ConnectorContext context) {
        return ConnectionTest.ok("always fine");
    }
}
