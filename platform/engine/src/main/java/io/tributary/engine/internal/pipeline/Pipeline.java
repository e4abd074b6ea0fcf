package io.tributary.engine.internal.pipeline;

import java.util.List;

import io.tributary.api.connector.Record;

/**
 * A flow's steps and destinations, compiled once (JSONata parsed, routes resolved). Thread-safe: several pages may
 * go through it at once.
 */
public interface Pipeline {

    /**
     * Sends one page of source records through the steps. A record's failure at a step never throws: it becomes an
     * issue of that record. Destinations are not written here; the result says which record goes to which.
     *
     * @param lookups reads lookup steps' sources
     * @param tracer  told what each step did and what each destination would get, for previews;
     *                {@link Tracer#NONE} in runs
     * @return one entry per source record, in the page's order
     */
    List<Routed> route(List<Record> page, Lookups lookups, Tracer tracer);

    /** Every destination records may be routed to: the flow's, then the routes' depth-first; index = position. */
    List<DestinationSpec> destinations();

    /** Every lookup step, so that a run can open their sources once. */
    List<LookupSpec> lookups();
}
