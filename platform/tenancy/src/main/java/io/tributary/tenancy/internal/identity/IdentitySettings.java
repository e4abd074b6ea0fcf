package io.tributary.tenancy.internal.identity;

import java.time.Duration;

/**
 * How sign-in behaves.
 *
 * @param sessionLifetime       how long a session token from a login works
 * @param maxFailuresPerUser    failed sign-ins for one user name within {@code failureWindow} before 429s
 * @param maxFailuresPerAddress failed sign-ins from one client address within {@code failureWindow} before 429s
 * @param failureWindow         how long a failed sign-in counts
 */
public record IdentitySettings(Duration sessionLifetime, int maxFailuresPerUser, int maxFailuresPerAddress,
                               Duration failureWindow) {

    public static final IdentitySettings DEFAULTS =
            new IdentitySettings(Duration.ofHours(12), 5, 20, Duration.ofMinutes(15));
}
