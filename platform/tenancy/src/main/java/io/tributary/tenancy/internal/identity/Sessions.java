package io.tributary.tenancy.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.tributary.api.tenancy.Session;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.data.StoredToken;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.TokenRepository;
import io.tributary.tenancy.internal.data.UserRepository;

/** Sign-in and sign-out. Unknown users and wrong passwords get the same 401 after the same amount of work. */
final class Sessions {

    private final Clock clock;
    private final UserRepository users;
    private final TokenRepository sessions;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final Duration lifetime;

    Sessions(Clock clock, UserRepository users, TokenRepository sessions, PasswordHasher hasher, LoginLimiter limiter,
            Duration lifetime) {
        this.clock = clock;
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.limiter = limiter;
        this.lifetime = lifetime;
    }

    Session login(String username, String password, String clientAddress) {
        String name = Usernames.normalize(username);
        limiter.check(name, clientAddress);
        Optional<StoredUser> user = users.findByUsername(name);
        boolean verified = user.isPresent() ? hasher.verify(password, user.get().passwordHash())
                : hasher.verifyUnknownUser(password);
        if (!verified) {
            limiter.recordFailure(name, clientAddress);
            throw Problems.unauthorized("Wrong user name or password");
        }
        limiter.clearUserFailures(name);
        return open(user.get().user().id());
    }

    /** Ends a session; anything else (an API token, an unknown token) is ignored. */
    void logout(String bearer) {
        if (bearer != null && bearer.startsWith(BearerTokens.SESSION_PREFIX)
                && bearer.length() <= BearerTokens.MAX_LENGTH) {
            sessions.findByHash(BearerTokens.hash(bearer)).ifPresent(session -> sessions.revoke(session.id()));
        }
    }

    private Session open(String userId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // sessions past their expiry are dead weight; each sign-in sweeps them
        sessions.deleteExpiredBefore(now);
        String token = BearerTokens.newToken(BearerTokens.SESSION_PREFIX);
        Instant expiresAt = now.plus(lifetime);
        sessions.insert(new StoredToken(Ids.next("ss"), BearerTokens.hash(token), userId, null, now, expiresAt, null,
                false));
        return new Session(token, expiresAt);
    }
}
