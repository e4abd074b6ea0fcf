package io.tributary.engine.internal.run;

import io.tributary.api.connector.ConnectorException;

/** Where a run's pages come from: a connector's source, or the webhook events the run took. */
public interface PageSource extends AutoCloseable {

    /**
     * The next page, or null after the last one.
     *
     * @throws ConnectorException when it cannot be read, after retries; its message is safe to store
     */
    SourcePage next() throws ConnectorException;

    @Override
    void close();
}
