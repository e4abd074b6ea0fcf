package io.tributary.api.connector;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source operation opened for one run. The platform reads page after page, storing each page's cursor once the
 * page has been written, so a run that stops can resume from the last cursor. Closed when the run ends.
 */
@ConsumerType
public interface Source extends AutoCloseable {

    /**
     * Reads one page.
     *
     * @param request where to start, how many records at most, and the delta watermark if any
     * @return the page; its {@link Page#next()} is null after the last page
     * @throws ConnectorException when the page cannot be read; retryable ones are tried again with the same request
     */
    Page read(PageRequest request) throws ConnectorException;

    @Override
    default void close() throws ConnectorException {
    }
}
