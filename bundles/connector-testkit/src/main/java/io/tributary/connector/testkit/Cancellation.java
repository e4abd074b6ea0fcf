package io.tributary.connector.testkit;

/** How a connector's reads and writes end when their run is cancelled; a connector's test says which applies. */
public enum Cancellation {
    /** The next read or write throws a {@link io.tributary.api.connector.ConnectorException}. */
    THROWS,
    /**
     * A read returns a last page early (fewer records than the source holds); a write returns one result per record
     * but does not write them all, reporting the rest as ignored or failed.
     */
    STOPS_EARLY
}
