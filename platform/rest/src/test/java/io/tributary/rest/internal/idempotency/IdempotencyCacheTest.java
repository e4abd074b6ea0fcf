package io.tributary.rest.internal.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.tributary.rest.internal.idempotency.IdempotencyCache.Verdict;

class IdempotencyCacheTest {

    private static final StoredResponse CREATED = new StoredResponse(201, null, null, "created");

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final IdempotencyCache cache = new IdempotencyCache(clock, 2);

    @Test
    void firstClaimProceedsAndACompletedOneReplays() {
        assertEquals(Verdict.PROCEED, cache.claim("k", "body").verdict());
        cache.complete("k", CREATED);

        IdempotencyCache.Claim repeat = cache.claim("k", "body");

        assertEquals(Verdict.REPLAY, repeat.verdict());
        assertSame(CREATED, repeat.response());
    }

    @Test
    void repeatWhileTheFirstRunsIsInFlight() {
        cache.claim("k", "body");

        assertEquals(Verdict.IN_FLIGHT, cache.claim("k", "body").verdict());
    }

    @Test
    void otherFingerprintIsAMismatch() {
        cache.claim("k", "body");
        cache.complete("k", CREATED);

        assertEquals(Verdict.MISMATCH, cache.claim("k", "other body").verdict());
    }

    @Test
    void releasedClaimCanBeMadeAgain() {
        cache.claim("k", "body");
        cache.release("k");

        assertEquals(Verdict.PROCEED, cache.claim("k", "other body").verdict());
    }

    @Test
    void keysExpireAfterTheRetention() {
        cache.claim("k", "body");
        cache.complete("k", CREATED);
        now = now.plus(IdempotencyCache.RETENTION).plus(Duration.ofSeconds(1));

        assertEquals(Verdict.PROCEED, cache.claim("k", "body").verdict());
    }

    @Test
    void leastRecentlyUsedKeyIsEvictedBeyondCapacity() {
        cache.claim("a", "body");
        cache.claim("b", "body");
        cache.claim("a", "body"); // a is now more recent than b
        cache.claim("c", "body");

        assertEquals(Verdict.IN_FLIGHT, cache.claim("a", "body").verdict());
        assertEquals(Verdict.PROCEED, cache.claim("b", "body").verdict());
    }
}
