package io.tributary.rest.internal.testing;

import java.util.Map;
import java.util.Optional;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.WorkspaceRole;

/**
 * The callers of the authorization matrix, each with a bearer token the fake identity service knows: members of
 * workspace {@value #WORKSPACE} of tenant {@value #TENANT}, its admin, another tenant's admin and an operator.
 */
public final class TestCallers {

    public static final String TENANT = "t-acme";
    public static final String WORKSPACE = "w-orders";

    public static final Caller MONITOR = member("u-monitor", "monitor", WorkspaceRole.MONITOR);
    public static final Caller MANAGER = member("u-manager", "manager", WorkspaceRole.MANAGE);
    public static final Caller ADMIN = new Caller("u-admin", "admin", TENANT, TenantRole.ADMIN, false, Map.of());
    public static final Caller OTHER_ADMIN =
            new Caller("u-other", "other-admin", "t-other", TenantRole.ADMIN, false, Map.of());
    public static final Caller OPERATOR =
            new Caller("u-operator", "operator", "t-platform", TenantRole.OWNER, true, Map.of());

    /** Tokens the fake identity service does not accept, as the real one does not accept such tokens. */
    public static final String EXPIRED_TOKEN = "expired-token";
    public static final String REVOKED_TOKEN = "revoked-token";

    private static final Map<String, Caller> BY_USERNAME = Map.of(
            MONITOR.username(), MONITOR, MANAGER.username(), MANAGER, ADMIN.username(), ADMIN,
            OTHER_ADMIN.username(), OTHER_ADMIN, OPERATOR.username(), OPERATOR);

    private TestCallers() {
    }

    /** The API token of a caller, e.g. {@code monitor-token}. */
    public static String tokenOf(Caller caller) {
        return caller.username() + "-token";
    }

    public static Optional<Caller> byUsername(String username) {
        return Optional.ofNullable(BY_USERNAME.get(username));
    }

    public static Optional<Caller> byToken(String token) {
        return token.endsWith("-token") ? byUsername(token.substring(0, token.length() - "-token".length()))
                : Optional.empty();
    }

    private static Caller member(String id, String username, WorkspaceRole role) {
        return new Caller(id, username, TENANT, TenantRole.MEMBER, false, Map.of(WORKSPACE, role));
    }
}
