package io.tributary.api.tenancy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is making a request, as established from its bearer token.
 *
 * @param userId     the user's id
 * @param username   the user's login name
 * @param tenantId   the user's tenant
 * @param tenantRole the user's role in that tenant
 * @param operator   whether the user may operate the platform: tenants, connectors, marketplace installs
 * @param workspaces the user's workspace memberships, workspace id to role
 */
public record Caller(String userId, String username, String tenantId, TenantRole tenantRole, boolean operator,
                     Map<String, WorkspaceRole> workspaces) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(tenantRole, "tenantRole");
        workspaces = Map.copyOf(workspaces);
    }

    /**
     * The caller's effective role in a workspace of their tenant: tenant admins manage every workspace of their
     * tenant, members have their membership's role. Empty when the caller has no access.
     */
    public Optional<WorkspaceRole> roleIn(String workspaceId) {
        if (tenantRole.isAdmin()) {
            return Optional.of(WorkspaceRole.MANAGE);
        }
        return Optional.ofNullable(workspaces.get(workspaceId));
    }
}
