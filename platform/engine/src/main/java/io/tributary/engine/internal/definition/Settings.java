package io.tributary.engine.internal.definition;

import java.time.Duration;

/**
 * How a flow runs.
 *
 * @param pageSize    records per source page (1 to 10,000)
 * @param concurrency pages transformed at once (1 to 16)
 * @param overlap     what a trigger does while the flow runs
 * @param retry       how retryable failures are tried again inside a run
 */
public record Settings(int pageSize, int concurrency, Overlap overlap, RetryPolicy retry) {

    public enum Overlap { SKIP, QUEUE }

    /**
     * @param attempts         tries in all, the first included (1 to 10)
     * @param backoffMillis    wait before the second try
     * @param multiplier       each further wait is this many times the previous one
     * @param maxBackoffMillis no wait is longer than this
     */
    public record RetryPolicy(int attempts, long backoffMillis, double multiplier, long maxBackoffMillis) {

        /** The wait before try number {@code attempt} (2 for the first retry). */
        public Duration delayBefore(int attempt) {
            double millis = backoffMillis * Math.pow(multiplier, Math.max(0, attempt - 2));
            return Duration.ofMillis((long) Math.min(millis, maxBackoffMillis));
        }
    }
}
