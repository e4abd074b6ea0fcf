package io.tributary.engine.internal.hook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tributary.engine.internal.data.HookEventRepository;

/**
 * Refuses webhooks of a flow whose waiting events pile up beyond a limit. Counting is not free, so a count is
 * reused for a second: at a high request rate the limit may be passed by a second's worth of events.
 */
final class Backlog {

    private static final Duration RECOUNT_AFTER = Duration.ofSeconds(1);

    private record Count(Instant at, int events) {
    }

    private final HookEventRepository events;
    private final Clock clock;
    private final int maxEvents;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    Backlog(HookEventRepository events, Clock clock, int maxEvents) {
        this.events = events;
        this.clock = clock;
        this.maxEvents = maxEvents;
    }

    boolean isFull(String flowId) {
        Instant now = clock.instant();
        Count count = counts.get(flowId);
        if (count == null || count.at().plus(RECOUNT_AFTER).isBefore(now)) {
            count = new Count(now, events.pending(flowId));
            counts.put(flowId, count);
        }
        return count.events() >= maxEvents;
    }
}
