package io.tributary.rest.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.problem.RetryLaterException;
import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.api.tenancy.Profile;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.User;

/** Knows the {@link TestCallers} by token and, with {@link #PASSWORD}, by user name; records what it is asked. */
public final class FakeIdentity implements IdentityService {

    public static final String PASSWORD = "correct horse battery staple";
    /** A user name whose sign-ins are refused for {@link #LOCK_SECONDS} more seconds. */
    public static final String LOCKED_OUT = "locked-out";
    public static final long LOCK_SECONDS = 840;
    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    public final List<String> loginAddresses = new CopyOnWriteArrayList<>();
    public final List<String> loggedOut = new CopyOnWriteArrayList<>();
    private final Map<String, List<ApiToken>> tokensByUser = new ConcurrentHashMap<>();
    private final AtomicInteger tokenIds = new AtomicInteger();

    @Override
    public Session login(String username, String password, String clientAddress) {
        loginAddresses.add(clientAddress);
        if (LOCKED_OUT.equals(username)) {
            throw new RetryLaterException(Problem.of(429, "Too Many Requests", "Too many failed sign-ins."),
                    LOCK_SECONDS);
        }
        if (TestCallers.byUsername(username).isEmpty() || !PASSWORD.equals(password)) {
            throw new ProblemException(Problem.of(401, "Unauthorized", "Wrong user name or password."));
        }
        return new Session(username + "-token", NOW.plusSeconds(3600));
    }

    @Override
    public void unlockSignIn(Caller caller, String username) {
        throw new UnsupportedOperationException("no endpoint unlocks users");
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        return TestCallers.byToken(bearerToken);
    }

    @Override
    public void logout(String bearerToken) {
        loggedOut.add(bearerToken);
    }

    @Override
    public Profile profile(Caller caller) {
        List<Membership> memberships = caller.workspaces().entrySet().stream()
                .map(e -> new Membership(e.getKey(), "Orders", caller.userId(), caller.username(), e.getValue()))
                .toList();
        return new Profile(userOf(caller), new Tenant(caller.tenantId(), "Acme", NOW), memberships);
    }

    public static User userOf(Caller caller) {
        return new User(caller.userId(), caller.tenantId(), caller.username(), caller.username() + "@example.com",
                caller.tenantRole(), caller.operator(), NOW);
    }

    @Override
    public Optional<Caller> callerOf(String username) {
        throw new UnsupportedOperationException("shell only");
    }

    @Override
    public Caller shellOperator(String shellUser) {
        throw new UnsupportedOperationException("shell only");
    }

    @Override
    public List<ApiToken> tokens(Caller caller) {
        return List.copyOf(tokensByUser.getOrDefault(caller.userId(), List.of()));
    }

    @Override
    public NewApiToken createToken(Caller caller, String name, Instant expiresAt) {
        ApiToken token = new ApiToken("tok-" + tokenIds.incrementAndGet(), name, NOW, expiresAt, null);
        tokensByUser.computeIfAbsent(caller.userId(), id -> new CopyOnWriteArrayList<>()).add(token);
        return new NewApiToken(token, "secret-of-" + token.id());
    }

    @Override
    public void revokeToken(Caller caller, String tokenId) {
        List<ApiToken> own = tokensByUser.getOrDefault(caller.userId(), new ArrayList<>());
        if (!own.removeIf(token -> token.id().equals(tokenId))) {
            throw new ProblemException(Problem.of(404, "Not Found", "No token " + tokenId + "."));
        }
    }
}
