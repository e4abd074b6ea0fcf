package io.tributary.engine.internal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Real time moved by a hand-set offset: tests jump days ahead (statistics) or past heartbeats (take-overs). */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** From now on, the clock reads {@code at} plus the real time elapsed since. */
    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine reads UTC only");
    }
}
