package io.tributary.tenancy.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.tributary.api.tenancy.Caller;
import io.tributary.tenancy.internal.data.StoredToken;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.TokenRepository;
import io.tributary.tenancy.internal.data.UserRepository;

/**
 * Who a bearer token stands for. The token is looked up by its hash and the hashes compared in constant time;
 * expired, revoked and unknown tokens stand for nobody. Last use is written at most once a minute per token.
 */
final class BearerAuthenticator {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final UserRepository users;
    private final TokenRepository sessions;
    private final TokenRepository apiTokens;
    private final Callers callers;

    BearerAuthenticator(Clock clock, UserRepository users, TokenRepository sessions, TokenRepository apiTokens,
            Callers callers) {
        this.clock = clock;
        this.users = users;
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.callers = callers;
    }

    Optional<Caller> authenticate(String bearer) {
        if (bearer == null || bearer.length() > BearerTokens.MAX_LENGTH) {
            return Optional.empty();
        }
        if (bearer.startsWith(BearerTokens.SESSION_PREFIX)) {
            return authenticate(sessions, bearer);
        }
        if (bearer.startsWith(BearerTokens.API_PREFIX)) {
            return authenticate(apiTokens, bearer);
        }
        return Optional.empty();
    }

    private Optional<Caller> authenticate(TokenRepository tokens, String bearer) {
        String hash = BearerTokens.hash(bearer);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<StoredToken> token = tokens.findByHash(hash)
                .filter(found -> BearerTokens.sameHash(found.tokenHash(), hash))
                .filter(found -> found.isUsableAt(now));
        token.filter(found -> found.lastUsedAt() == null || !now.isBefore(found.lastUsedAt().plus(TOUCH_INTERVAL)))
                .ifPresent(found -> tokens.touch(found.id(), now));
        return token.flatMap(found -> users.find(found.userId())).map(StoredUser::user).map(callers::of);
    }
}
