package io.tributary.tenancy.internal.identity;

import java.util.Map;
import java.util.stream.Collectors;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/** Builds the caller a user acts as, with their current memberships. */
public final class Callers {

    private final WorkspaceRepository workspaces;

    public Callers(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    public Caller of(User user) {
        Map<String, WorkspaceRole> roles = workspaces.membershipsOf(user.id()).stream()
                .collect(Collectors.toMap(Membership::workspaceId, Membership::role));
        return new Caller(user.id(), user.username(), user.tenantId(), user.tenantRole(), user.operator(), roles);
    }
}
