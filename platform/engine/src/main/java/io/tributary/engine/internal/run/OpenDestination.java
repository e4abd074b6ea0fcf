package io.tributary.engine.internal.run;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.engine.internal.connect.BoundConnector;
import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.pipeline.DestinationSpec;

/**
 * A destination opened for one run.
 *
 * @param maxBatch the most records one write may carry, from the operation's descriptor
 */
public record OpenDestination(DestinationSpec spec, Destination destination, BoundConnector bound, int maxBatch)
        implements AutoCloseable {

    public static OpenDestination open(ConnectorBinder binder, DestinationSpec spec, RunControl control)
            throws ConnectorException {
        BoundConnector bound;
        try {
            bound = binder.bind(spec.connectionId(), spec.versionRange());
        } catch (ConnectorException e) {
            throw new ConnectorException(spec.path() + ": " + e.getMessage(), e.isRetryable());
        }
        try {
            Destination destination = bound.connector().openDestination(spec.operation(),
                    bound.context(spec.config(), control::shouldStop));
            return new OpenDestination(spec, destination, bound, bound.maxBatch(spec.operation()));
        } catch (ConnectorException e) {
            throw new ConnectorException(spec.path() + ": " + bound.redact(e.getMessage()), e.isRetryable());
        }
    }

    @Override
    public void close() {
        try {
            destination.close();
        } catch (ConnectorException | RuntimeException e) {
            bound.connection().logger().log(System.Logger.Level.WARNING,
                    "Closing destination " + spec.path() + " failed: " + bound.redact(e.getMessage()));
        }
    }
}
