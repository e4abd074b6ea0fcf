package io.tributary.api.flow;

/**
 * Record outcomes of a run, or of a day.
 *
 * @param read    records read from the source (or received by webhook)
 * @param success records written to every destination they were routed to
 * @param ignored records filtered out, routed nowhere, or ignored by a destination
 * @param errors  records that failed at some step; each is an error
 */
public record RunCounts(long read, long success, long ignored, long errors) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(read + other.read, success + other.success, ignored + other.ignored,
                errors + other.errors);
    }
}
