package io.tributary.tenancy.internal.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.api.tenancy.User;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.data.StoredToken;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.TokenRepository;
import io.tributary.tenancy.internal.data.UserRepository;

/** API tokens: the secret is returned once at creation; only its hash is kept. */
final class ApiTokens {

    static final int MAX_NAME = 200;

    private final Database database;
    private final Clock clock;
    private final UserRepository users;
    private final TokenRepository tokens;
    private final AuditLog audit;

    ApiTokens(Database database, Clock clock, UserRepository users, TokenRepository tokens, AuditLog audit) {
        this.database = database;
        this.clock = clock;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    List<ApiToken> list(Caller caller) {
        return tokens.listActive(caller.userId()).stream().map(StoredToken::toApiToken).toList();
    }

    NewApiToken create(Caller caller, String name, Instant expiresAt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Violations violations = new Violations().requireText("name", name, MAX_NAME);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            violations.add("expiresAt", "must be in the future");
        }
        violations.throwIfAny();
        if (users.find(caller.userId()).isEmpty()) {
            throw Problems.forbidden("Only users own API tokens; act as one (e.g. with callerOf) to create one");
        }
        String secret = BearerTokens.newToken(BearerTokens.API_PREFIX);
        StoredToken stored = new StoredToken(Ids.next("tk"), BearerTokens.hash(secret), caller.userId(),
                name.strip(), now, expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MILLIS), null, false);
        ApiToken token = stored.toApiToken();
        database.transaction(c -> {
            tokens.insert(stored);
            audit.write(caller, caller.tenantId(), null, "token.create", "token:" + token.id(), null,
                    Summaries.of(token, caller.userId()));
            return null;
        });
        return new NewApiToken(token, secret);
    }

    /** The caller's own token, or as a tenant admin any token of their tenant; 404 for anything else. */
    void revoke(Caller caller, String tokenId) {
        StoredToken stored = tokens.find(tokenId).filter(token -> !token.revoked())
                .filter(token -> mayRevoke(caller, token))
                .orElseThrow(() -> Problems.notFound("token"));
        database.transaction(c -> {
            tokens.revoke(stored.id());
            audit.write(caller, caller.tenantId(), null, "token.revoke", "token:" + stored.id(),
                    Summaries.of(stored.toApiToken(), stored.userId()), null);
            return null;
        });
    }

    private boolean mayRevoke(Caller caller, StoredToken token) {
        if (token.userId().equals(caller.userId())) {
            return true;
        }
        return caller.tenantRole().isAdmin() && users.find(token.userId()).map(StoredUser::user).map(User::tenantId)
                .filter(caller.tenantId()::equals).isPresent();
    }
}
