package io.tributary.engine.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.engine.internal.connect.BoundConnector;
import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.pipeline.LookupSpec;
import io.tributary.engine.internal.pipeline.Lookups;

/**
 * Reads lookup sources for a run's pipeline. Each lookup's connection is bound once per run; each call opens the
 * source with its own config (the step's config with the call's params), since the config belongs to the opening.
 * Safe for the run's transformers calling at once.
 */
public final class RunLookups implements Lookups {

    private final ConnectorBinder binder;
    private final Retries retries;
    private final RunControl control;
    private final Map<String, BoundConnector> bound = new ConcurrentHashMap<>();

    public RunLookups(ConnectorBinder binder, Retries retries, RunControl control) {
        this.binder = binder;
        this.retries = retries;
        this.control = control;
    }

    @Override
    public List<Record> read(LookupSpec lookup, ObjectNode config, int limit) throws ConnectorException {
        BoundConnector connector = bind(lookup);
        try {
            return retries.call(() -> readAll(connector, lookup, config, limit));
        } catch (ConnectorException e) {
            throw new ConnectorException(connector.redact(e.getMessage()), e.isRetryable(), e);
        }
    }

    private BoundConnector bind(LookupSpec lookup) throws ConnectorException {
        BoundConnector known = bound.get(lookup.path());
        if (known != null) {
            return known;
        }
        BoundConnector fresh = binder.bind(lookup.connectionId(), lookup.versionRange());
        BoundConnector raced = bound.putIfAbsent(lookup.path(), fresh);
        return raced != null ? raced : fresh;
    }

    private List<Record> readAll(BoundConnector connector, LookupSpec lookup, ObjectNode config, int limit)
            throws ConnectorException {
        List<Record> records = new ArrayList<>();
        try (Source source = connector.connector().openSource(lookup.operation(),
                connector.context(config, control::shouldStop))) {
            String cursor = null;
            do {
                Page page = source.read(new PageRequest(cursor, limit - records.size(), null));
                records.addAll(page.records().subList(0, Math.min(page.records().size(), limit - records.size())));
                cursor = page.next();
            } while (cursor != null && records.size() < limit && !control.shouldStop());
        }
        return records;
    }
}
