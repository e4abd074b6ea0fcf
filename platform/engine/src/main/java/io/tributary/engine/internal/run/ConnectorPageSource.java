package io.tributary.engine.internal.run;

import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.engine.internal.connect.BoundConnector;
import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.definition.SourceSpec;

/** Reads a source operation page by page from a cursor, retrying retryable failures, up to an optional limit. */
public final class ConnectorPageSource implements PageSource {

    private final Source source;
    private final BoundConnector bound;
    private final Retries retries;
    private final int pageSize;
    private final String since;
    private String cursor;
    private Integer remaining;
    private boolean done;

    private ConnectorPageSource(Source source, BoundConnector bound, Retries retries, int pageSize, String since,
            String cursor, Integer remaining) {
        this.source = source;
        this.bound = bound;
        this.retries = retries;
        this.pageSize = pageSize;
        this.since = since;
        this.cursor = cursor;
        this.remaining = remaining;
        this.done = remaining != null && remaining <= 0;
    }

    /**
     * @param since     the watermark a delta read starts after, or null for a full read
     * @param cursor    where to continue, or null from the start
     * @param remaining the most records still to read, or null for all
     */
    public static ConnectorPageSource open(ConnectorBinder binder, SourceSpec spec, RunControl control,
            Retries retries, int pageSize, String since, String cursor, Integer remaining)
            throws ConnectorException {
        BoundConnector bound;
        try {
            bound = binder.bind(spec.connectionId(), spec.versionRange());
        } catch (ConnectorException e) {
            throw new ConnectorException("source: " + e.getMessage(), e.isRetryable());
        }
        try {
            Source source = retries.call(() -> bound.connector().openSource(spec.operation(),
                    bound.context(spec.config(), control::shouldStop)));
            return new ConnectorPageSource(source, bound, retries, pageSize, since, cursor, remaining);
        } catch (ConnectorException e) {
            throw new ConnectorException("source: " + bound.redact(e.getMessage()), e.isRetryable());
        }
    }

    @Override
    public SourcePage next() throws ConnectorException {
        if (done) {
            return null;
        }
        int limit = remaining == null ? pageSize : Math.min(pageSize, remaining);
        PageRequest request = new PageRequest(cursor, limit, since);
        Page page;
        try {
            page = retries.call(() -> source.read(request));
        } catch (ConnectorException e) {
            throw new ConnectorException("source: " + bound.redact(e.getMessage()), e.isRetryable());
        } catch (RuntimeException e) {
            throw new ConnectorException("source: the connector failed: " + bound.redact(String.valueOf(e)), false);
        }
        List<Record> records = page.records();
        if (remaining != null) {
            records = records.subList(0, Math.min(records.size(), remaining));
            remaining -= records.size();
        }
        cursor = page.next();
        done = page.isLast() || (remaining != null && remaining == 0);
        return new SourcePage(records, page.next(), page.watermark(), done);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (ConnectorException | RuntimeException e) {
            bound.connection().logger().log(System.Logger.Level.WARNING,
                    "Closing the source failed: " + bound.redact(e.getMessage()));
        }
    }
}
