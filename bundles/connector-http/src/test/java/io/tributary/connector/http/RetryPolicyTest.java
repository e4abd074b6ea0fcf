package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10));

    @Test
    void backoffDoublesFromHalfASecondUpToThirtySeconds() {
        assertEquals(Duration.ofMillis(500), RetryPolicy.backoff(2));
        assertEquals(Duration.ofSeconds(2), RetryPolicy.backoff(4));
        assertEquals(Duration.ofSeconds(30), RetryPolicy.backoff(12));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(3)), RetryPolicy.parseRetryAfter(" 3 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                RetryPolicy.parseRetryAfter("Wed, 01 May 2024 12:00:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", NOW));
    }

    @Test
    void unreadableRetryAfterFallsBackToBackoff() {
        assertEquals(Optional.of(Duration.ofMillis(500)),
                policy.delayBefore(2, Optional.of("soon"), Duration.ZERO, NOW));
    }

    @Test
    void noAttemptBeyondMaxAttempts() {
        assertEquals(Optional.empty(), policy.delayBefore(6, Optional.empty(), Duration.ZERO, NOW));
    }

    @Test
    void noAttemptWhoseWaitWouldExceedTheTotalBudget() {
        assertEquals(Optional.empty(), policy.delayBefore(3, Optional.of("2"), Duration.ofMillis(8500), NOW));
        assertEquals(Optional.of(Duration.ofSeconds(1)), policy.delayBefore(3, Optional.empty(), Duration.ofSeconds(9), NOW));
    }
}
