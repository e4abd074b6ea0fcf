package io.tributary.api.flow;

import java.util.Locale;

/** Where a run is. {@link #QUEUED} and {@link #RUNNING} are not finished; the others are. */
public enum RunStatus {
    /** Waiting for the flow's previous run to end (a trigger arrived while one ran and the flow queues). */
    QUEUED,
    RUNNING,
    /** Every record written or ignored. */
    SUCCEEDED,
    /** The source was read to its end but some records failed; they are open errors. */
    PARTIAL,
    /** The run stopped early: the source or a destination could not be used. */
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }

    /** The name in JSON and query parameters: lower case. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
