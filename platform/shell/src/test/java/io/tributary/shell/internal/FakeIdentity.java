package io.tributary.shell.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.IdentityService;
import io.tributary.api.tenancy.NewApiToken;
import io.tributary.api.tenancy.Profile;
import io.tributary.api.tenancy.Session;
import io.tributary.api.tenancy.TenantRole;

/** Shell operators in tenant t-1, the users it is given, and tokens it records or refuses. */
final class FakeIdentity implements IdentityService {

    static final String FIRST_TENANT = "t-1";

    final Map<String, Caller> users = new HashMap<>();
    String shellUser;
    Caller tokenCaller;
    String tokenName;
    Instant tokenExpiresAt;
    ProblemException refusal;
    Caller unlockedBy;
    String unlockedUser;

    static Caller caller(String username, String tenantId, TenantRole role, boolean operator) {
        return new Caller("u-" + username, username, tenantId, role, operator, Map.of());
    }

    @Override
    public Caller shellOperator(String shellUser) {
        this.shellUser = shellUser;
        return caller("shell:" + shellUser, FIRST_TENANT, TenantRole.OWNER, true);
    }

    @Override
    public Optional<Caller> callerOf(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public NewApiToken createToken(Caller caller, String name, Instant expiresAt) {
        if (refusal != null) {
            throw refusal;
        }
        tokenCaller = caller;
        tokenName = name;
        tokenExpiresAt = expiresAt;
        return new NewApiToken(new ApiToken("tk-7", name, Instant.EPOCH, expiresAt, null), "trb_s3cret");
    }

    @Override
    public void unlockSignIn(Caller caller, String username) {
        if (refusal != null) {
            throw refusal;
        }
        unlockedBy = caller;
        unlockedUser = username;
    }

    @Override
    public Session login(String username, String password, String clientAddress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void logout(String bearerToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Profile profile(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ApiToken> tokens(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void revokeToken(Caller caller, String tokenId) {
        throw new UnsupportedOperationException();
    }
}
