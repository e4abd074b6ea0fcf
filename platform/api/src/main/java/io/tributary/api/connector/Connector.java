package io.tributary.api.connector;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One version of one connector, registered as an OSGi service with the properties {@link #ID} and {@link #VERSION}
 * equal to the {@code id} and {@code version} of the bundle's descriptor. The platform calls it from many threads at
 * once; each call gets its own context, so an implementation keeps no per-call state in fields.
 */
@ConsumerType
public interface Connector {

    /** Service property: the connector id of the descriptor, e.g. {@code http}. */
    String ID = "tributary.connector.id";

    /** Service property: the connector version of the descriptor, e.g. {@code 1.0.0}. */
    String VERSION = "tributary.connector.version";

    /** Manifest header naming the descriptor's path inside the bundle. */
    String DESCRIPTOR_HEADER = "Tributary-Connector";

    /**
     * Checks that the connection in the context works: the system is reachable and accepts the credentials.
     * Never throws; a failure says what went wrong in words a user can act on (wrong host, connection refused,
     * bad credentials), never with a secret in it.
     */
    ConnectionTest test(ConnectorContext context);

    /**
     * Opens the source operation of the given name, as declared in the descriptor, with its configuration in
     * {@link ConnectorContext#config()}.
     *
     * @throws ConnectorException if it cannot be opened, e.g. the configuration names a missing table
     */
    default Source openSource(String operation, ConnectorContext context) throws ConnectorException {
        throw new ConnectorException("this connector has no source operation '" + operation + "'", false);
    }

    /**
     * Opens the destination operation of the given name, as declared in the descriptor.
     *
     * @throws ConnectorException if it cannot be opened
     */
    default Destination openDestination(String operation, ConnectorContext context) throws ConnectorException {
        throw new ConnectorException("this connector has no destination operation '" + operation + "'", false);
    }

    /**
     * Opens the listener operation of the given name, as declared in the descriptor.
     *
     * @throws ConnectorException if it cannot be opened
     */
    default Listener openListener(String operation, ConnectorContext context) throws ConnectorException {
        throw new ConnectorException("this connector has no listener operation '" + operation + "'", false);
    }
}
