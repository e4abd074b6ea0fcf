package io.tributary.rest.internal.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first response to each idempotency key, in memory, for a bounded time and number of keys (least recently
 * used go first). A node restart forgets them; a retry after that creates again, which is the documented limit.
 */
public final class IdempotencyCache {

    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int CAPACITY = 10_000;

    /** What to do with a request that carries a key. */
    public enum Verdict {
        /** First use of the key: go ahead, then {@link #complete} or {@link #release}. */
        PROCEED,
        /** A repeat of a completed request: answer with the stored response. */
        REPLAY,
        /** The key was used for a different request. */
        MISMATCH,
        /** The first request with this key is still running. */
        IN_FLIGHT
    }

    /** The verdict, and for {@link Verdict#REPLAY} the response to repeat. */
    public record Claim(Verdict verdict, StoredResponse response) {
    }

    private record Entry(String fingerprint, Instant claimedAt, StoredResponse response) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries;

    public IdempotencyCache(Clock clock, int capacity) {
        this.clock = clock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    public static IdempotencyCache standard() {
        return new IdempotencyCache(Clock.systemUTC(), CAPACITY);
    }

    /**
     * Claims a key for a request.
     *
     * @param key         the caller and their key, so that callers never share keys
     * @param fingerprint what identifies the request: method, path and a hash of the body
     */
    public synchronized Claim claim(String key, String fingerprint) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || entry.claimedAt().plus(RETENTION).isBefore(now)) {
            entries.put(key, new Entry(fingerprint, now, null));
            return new Claim(Verdict.PROCEED, null);
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Claim(Verdict.MISMATCH, null);
        }
        if (entry.response() == null) {
            return new Claim(Verdict.IN_FLIGHT, null);
        }
        return new Claim(Verdict.REPLAY, entry.response());
    }

    /** Keeps the response of a claimed key; a key evicted meanwhile stays forgotten. */
    public synchronized void complete(String key, StoredResponse response) {
        entries.computeIfPresent(key, (k, entry) -> new Entry(entry.fingerprint(), entry.claimedAt(), response));
    }

    /** Forgets a claim whose request failed, so the client can retry with the same key. */
    public synchronized void release(String key) {
        entries.computeIfPresent(key, (k, entry) -> entry.response() == null ? null : entry);
    }
}
