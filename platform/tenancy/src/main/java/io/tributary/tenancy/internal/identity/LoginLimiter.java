package io.tributary.tenancy.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tributary.tenancy.internal.Problems;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, for one user name or from one
 * client address, sign-ins there are refused with a 429 until enough failures have left the window. Kept in memory
 * per node; refused attempts are not counted, so each list stays at most its limit long.
 */
public final class LoginLimiter {

    /** Beyond this many tracked names and addresses, entries whose failures all expired are dropped. */
    static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailuresPerUser;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Map<String, List<Instant>> failures = new HashMap<>();

    public LoginLimiter(Clock clock, int maxFailuresPerUser, int maxFailuresPerAddress, Duration window) {
        this.clock = clock;
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
    }

    /** Throws a 429 naming the seconds to wait when the user name or the address has failed too often. */
    public synchronized void check(String username, String address) {
        Instant now = clock.instant();
        long waitSeconds = Math.max(secondsToWait(userKey(username), maxFailuresPerUser, now),
                address == null ? 0 : secondsToWait(addressKey(address), maxFailuresPerAddress, now));
        if (waitSeconds > 0) {
            throw Problems.tooManyRequests(waitSeconds);
        }
    }

    public synchronized void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(times -> expire(times, now).isEmpty());
        }
        failures.computeIfAbsent(userKey(username), key -> new ArrayList<>()).add(now);
        if (address != null) {
            failures.computeIfAbsent(addressKey(address), key -> new ArrayList<>()).add(now);
        }
    }

    /**
     * Forgets the user's failures, after a successful sign-in or when an admin unlocks the user. The address keeps
     * its own, so that one account cannot reset the limit of an address guessing at many.
     */
    public synchronized void clearUserFailures(String username) {
        failures.remove(userKey(username));
    }

    private long secondsToWait(String key, int maxFailures, Instant now) {
        List<Instant> times = failures.get(key);
        if (times == null || expire(times, now).size() < maxFailures) {
            return 0;
        }
        // allowed again once the failure that keeps the count at the limit leaves the window
        Instant allowedAt = times.get(times.size() - maxFailures).plus(window);
        long millis = Duration.between(now, allowedAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Drops the failures older than the window; returns the list for chaining. */
    private List<Instant> expire(List<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        times.removeIf(time -> !time.isAfter(oldestCounted));
        return times;
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
