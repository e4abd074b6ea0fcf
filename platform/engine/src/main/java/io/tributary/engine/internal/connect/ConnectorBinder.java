package io.tributary.engine.internal.connect;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.OpenedConnection;

/**
 * Binds a flow's connection to a connector version at the start of each run, so that an installed upgrade within
 * the flow's range is picked up by the next run.
 */
public final class ConnectorBinder {

    private final ConnectorRegistry registry;
    private final ConnectionOpener connections;

    public ConnectorBinder(ConnectorRegistry registry, ConnectionOpener connections) {
        this.registry = registry;
        this.connections = connections;
    }

    /**
     * @param versionRange the OSGi version range of the flow; null means the connection's version or later
     * @throws ConnectorException (not retryable) when the connection or an active connector version is missing
     */
    public BoundConnector bind(String connectionId, String versionRange) throws ConnectorException {
        OpenedConnection opened;
        try {
            opened = connections.open(connectionId).orElseThrow(() ->
                    new ConnectorException("connection " + connectionId + " no longer exists", false));
        } catch (RuntimeException e) {
            // e.g. its secrets cannot be decrypted; the message names the connection, never a secret
            throw new ConnectorException("connection " + connectionId + " cannot be opened: " + e.getMessage(),
                    false, e);
        }
        String connectorId = opened.connection().connectorId();
        String range = versionRange != null ? versionRange : opened.connection().connectorVersion();
        ConnectorInfo info = registry.resolve(connectorId, range).orElseThrow(() ->
                new ConnectorException("no active version of connector '" + connectorId + "' in " + range, false));
        Connector connector = registry.connector(info.id(), info.version()).orElseThrow(() ->
                new ConnectorException("connector " + info.id() + " " + info.version() + " is not active", false));
        return new BoundConnector(opened, info, connector);
    }
}
