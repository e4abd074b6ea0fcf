package io.tributary.tenancy.internal;

import java.util.List;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/**
 * The authorization rules shared by the services: 404 for what the caller may not see (unknown, another tenant's,
 * a workspace they are not a member of), 403 for what they see but may not change.
 */
public final class Access {

    private final WorkspaceRepository workspaces;

    public Access(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    public static void requireOperator(Caller caller) {
        if (!caller.operator()) {
            throw Problems.forbidden("Only platform operators may do this");
        }
    }

    public static void requireTenantAdmin(Caller caller) {
        if (!caller.tenantRole().isAdmin()) {
            throw Problems.forbidden("Only the tenant's owners and admins may do this");
        }
    }

    /** The workspace, if the caller's role in it allows {@code needed}. */
    public Workspace workspace(Caller caller, String workspaceId, WorkspaceRole needed) {
        return workspace(caller, workspaceId, needed, "workspace");
    }

    /**
     * The workspace holding a resource (e.g. a connection), if the caller's role in it allows {@code needed};
     * when the caller may not see the workspace, the 404 names the resource.
     */
    public Workspace workspace(Caller caller, String workspaceId, WorkspaceRole needed, String resource) {
        Workspace workspace = visibleWorkspace(caller, workspaceId, resource);
        WorkspaceRole role = caller.roleIn(workspaceId).orElseThrow();
        if (!role.allows(needed)) {
            throw Problems.forbidden("Your role in this workspace is " + role + "; this needs " + needed);
        }
        return workspace;
    }

    /** The workspace, if the caller sees it and administers its tenant (workspace settings and members). */
    public Workspace administeredWorkspace(Caller caller, String workspaceId) {
        Workspace workspace = visibleWorkspace(caller, workspaceId);
        requireTenantAdmin(caller);
        return workspace;
    }

    /** Every workspace of the caller's tenant they have a role in (admins have one in all). */
    public List<Workspace> visibleWorkspaces(Caller caller) {
        return workspaces.listByTenant(caller.tenantId()).stream()
                .filter(workspace -> caller.roleIn(workspace.id()).isPresent())
                .toList();
    }

    public Workspace visibleWorkspace(Caller caller, String workspaceId) {
        return visibleWorkspace(caller, workspaceId, "workspace");
    }

    private Workspace visibleWorkspace(Caller caller, String workspaceId, String resource) {
        if (workspaceId == null) {
            throw Problems.notFound(resource);
        }
        return workspaces.find(workspaceId)
                .filter(workspace -> workspace.tenantId().equals(caller.tenantId()))
                .filter(workspace -> caller.roleIn(workspace.id()).isPresent())
                .orElseThrow(() -> Problems.notFound(resource));
    }
}
