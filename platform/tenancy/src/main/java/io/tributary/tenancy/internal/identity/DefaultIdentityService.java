package io.tributary.tenancy.internal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.api.tenancy.Profile;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.TenantRepository;
import io.tributary.tenancy.internal.data.TokenKind;
import io.tributary.tenancy.internal.data.TokenRepository;
import io.tributary.tenancy.internal.data.UserRepository;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/** Sign-in, bearer tokens and who a caller is. */
public class DefaultIdentityService implements IdentityService {

    static final String SHELL_PREFIX = "shell:";

    private final UserRepository users;
    private final TenantRepository tenants;
    private final WorkspaceRepository workspaces;
    private final Callers callers;
    private final Sessions sessions;
    private final BearerAuthenticator authenticator;
    private final ApiTokens apiTokens;
    private final LoginLimiter limiter;
    private final AuditLog audit;

    public DefaultIdentityService(Database database, Clock clock, PasswordHasher hasher, IdentitySettings settings) {
        this.users = new UserRepository(database);
        this.tenants = new TenantRepository(database);
        this.workspaces = new WorkspaceRepository(database);
        this.callers = new Callers(workspaces);
        TokenRepository sessionTokens = new TokenRepository(database, TokenKind.SESSION);
        TokenRepository apiTokenRows = new TokenRepository(database, TokenKind.API);
        this.limiter = new LoginLimiter(clock, settings.maxFailuresPerUser(), settings.maxFailuresPerAddress(),
                settings.failureWindow());
        this.audit = new AuditLog(database, clock);
        this.sessions = new Sessions(clock, users, sessionTokens, hasher, limiter, settings.sessionLifetime());
        this.authenticator = new BearerAuthenticator(clock, users, sessionTokens, apiTokenRows, callers);
        this.apiTokens = new ApiTokens(database, clock, users, apiTokenRows, audit);
    }

    @Override
    public Session login(String username, String password, String clientAddress) {
        return sessions.login(username, password, clientAddress);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        return authenticator.authenticate(bearerToken);
    }

    @Override
    public void logout(String bearerToken) {
        sessions.logout(bearerToken);
    }

    @Override
    public Profile profile(Caller caller) {
        Tenant tenant = tenants.find(caller.tenantId()).orElseThrow(() -> Problems.notFound("tenant"));
        // the shell operator is no user row: describe them from the caller
        User user = users.find(caller.userId()).map(StoredUser::user).orElseGet(() -> new User(caller.userId(),
                caller.tenantId(), caller.username(), null, caller.tenantRole(), caller.operator(), null));
        return new Profile(user, tenant, memberships(caller));
    }

    @Override
    public Optional<Caller> callerOf(String username) {
        return users.findByUsername(Usernames.normalize(username)).map(StoredUser::user).map(callers::of);
    }

    @Override
    public Caller shellOperator(String shellUser) {
        Tenant first = tenants.first().orElseThrow(() -> new IllegalStateException("No tenant exists yet"));
        String name = SHELL_PREFIX + shellUser;
        return new Caller(name, name, first.id(), TenantRole.OWNER, true, Map.of());
    }

    @Override
    public List<ApiToken> tokens(Caller caller) {
        return apiTokens.list(caller);
    }

    @Override
    public NewApiToken createToken(Caller caller, String name, Instant expiresAt) {
        return apiTokens.create(caller, name, expiresAt);
    }

    @Override
    public void revokeToken(Caller caller, String tokenId) {
        apiTokens.revoke(caller, tokenId);
    }

    @Override
    public void unlockSignIn(Caller caller, String username) {
        // operators run the whole platform (the shell's operator belongs to the first tenant only), admins their tenant
        String name = Usernames.normalize(username);
        User user = users.findByUsername(name).map(StoredUser::user)
                .filter(found -> caller.operator() || found.tenantId().equals(caller.tenantId()))
                .orElseThrow(() -> Problems.notFound("user"));
        if (!caller.operator()) {
            Access.requireTenantAdmin(caller);
        }
        limiter.clearUserFailures(name);
        audit.write(caller, user.tenantId(), null, "user.unlock", "user:" + user.id(), null, null);
    }

    /** Tenant admins may act in every workspace of their tenant, with the manage role. */
    private List<Membership> memberships(Caller caller) {
        if (!caller.tenantRole().isAdmin()) {
            return workspaces.membershipsOf(caller.userId());
        }
        return workspaces.listByTenant(caller.tenantId()).stream()
                .map(workspace -> new Membership(workspace.id(), workspace.name(), caller.userId(),
                        caller.username(), WorkspaceRole.MANAGE))
                .toList();
    }
}
