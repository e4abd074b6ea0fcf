package io.tributary.api.flow;

/**
 * A request to run a flow by hand.
 *
 * @param mode  normal or test
 * @param limit for a test run, the most records to read (1 to 1000, default 10); must be null for a normal run
 */
public record RunRequest(RunMode mode, Integer limit) {

    public static final int DEFAULT_TEST_LIMIT = 10;
}
