package io.tributary.connector.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often and how long to try a request again: exponential backoff from half a second, or what the server asks
 * for in {@code Retry-After}, within a number of attempts and a total waiting time.
 *
 * @param maxAttempts  attempts in all, the first one included
 * @param maxTotalWait the most time spent waiting between the attempts of one request
 */
record RetryPolicy(int maxAttempts, Duration maxTotalWait) {

    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    RetryPolicy withSingleAttempt() {
        return new RetryPolicy(1, maxTotalWait);
    }

    /**
     * The wait before attempt number {@code nextAttempt}, or empty when it must not be made: too many attempts, or
     * the wait would exceed the total budget (a server asking for a long pause is better retried by the platform).
     */
    Optional<Duration> delayBefore(int nextAttempt, Optional<String> retryAfter, Duration waitedSoFar, Instant now) {
        if (nextAttempt > maxAttempts) {
            return Optional.empty();
        }
        Duration delay = retryAfter.flatMap(value -> parseRetryAfter(value, now)).orElseGet(() -> backoff(nextAttempt));
        return waitedSoFar.plus(delay).compareTo(maxTotalWait) > 0 ? Optional.empty() : Optional.of(delay);
    }

    /** 0.5 s before the second attempt, then doubling, capped at 30 s. */
    static Duration backoff(int nextAttempt) {
        int doublings = Math.min(Math.max(nextAttempt - 2, 0), 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** {@code Retry-After} is either delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
