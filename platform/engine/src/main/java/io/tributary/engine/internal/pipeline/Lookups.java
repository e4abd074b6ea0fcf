package io.tributary.engine.internal.pipeline;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;

/** Reads lookup sources for the pipeline; the run provides it with opened connections and its retry policy. */
public interface Lookups {

    /**
     * Reads up to {@code limit} records from the lookup's source with {@code config} (the step's config with the
     * call's params merged in), following pages until the limit or the end.
     */
    List<Record> read(LookupSpec lookup, ObjectNode config, int limit) throws ConnectorException;
}
