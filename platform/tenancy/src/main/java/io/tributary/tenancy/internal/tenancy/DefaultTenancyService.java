package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.identity.PasswordHasher;

/** Tenants, users, workspaces and their transfer, each kept by its own class. */
public class DefaultTenancyService implements TenancyService {

    private final TenantAdministration tenants;
    private final UserAdministration users;
    private final WorkspaceAdministration workspaces;
    private final WorkspaceTransfer transfer;

    /**
     * @param registry tells which fields of an imported connection are secrets, to leave them out
     * @param contents the services whose content (flows) exports, imports and clones carry, as they are now
     */
    public DefaultTenancyService(Database database, Clock clock, PasswordHasher hasher, ConnectorRegistry registry,
            Supplier<List<WorkspaceContent>> contents) {
        this.tenants = new TenantAdministration(database, clock, hasher);
        this.users = new UserAdministration(database, clock, hasher);
        this.workspaces = new WorkspaceAdministration(database, clock);
        this.transfer = new WorkspaceTransfer(database, clock, workspaces, registry, contents);
    }

    @Override
    public List<Tenant> tenants(Caller caller) {
        return tenants.tenants(caller);
    }

    @Override
    public Tenant createTenant(Caller caller, String name, UserDraft owner) {
        return tenants.createTenant(caller, name, owner);
    }

    @Override
    public Tenant tenant(Caller caller, String tenantId) {
        return tenants.tenant(caller, tenantId);
    }

    @Override
    public List<User> users(Caller caller) {
        return users.users(caller);
    }

    @Override
    public User createUser(Caller caller, UserDraft user) {
        return users.createUser(caller, user);
    }

    @Override
    public User user(Caller caller, String userId) {
        return users.user(caller, userId);
    }

    @Override
    public User updateUser(Caller caller, String userId, UserDraft changes) {
        return users.updateUser(caller, userId, changes);
    }

    @Override
    public void deleteUser(Caller caller, String userId) {
        users.deleteUser(caller, userId);
    }

    @Override
    public List<Workspace> workspaces(Caller caller) {
        return workspaces.workspaces(caller);
    }

    @Override
    public Workspace createWorkspace(Caller caller, String name, String description) {
        return workspaces.create(caller, name, description);
    }

    @Override
    public Workspace workspace(Caller caller, String workspaceId) {
        return workspaces.workspace(caller, workspaceId);
    }

    @Override
    public Workspace updateWorkspace(Caller caller, String workspaceId, String name, String description) {
        return workspaces.update(caller, workspaceId, name, description);
    }

    @Override
    public void deleteWorkspace(Caller caller, String workspaceId) {
        workspaces.delete(caller, workspaceId);
    }

    @Override
    public Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role) {
        return workspaces.putMember(caller, workspaceId, userId, role);
    }

    @Override
    public void removeMember(Caller caller, String workspaceId, String userId) {
        workspaces.removeMember(caller, workspaceId, userId);
    }

    @Override
    public Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        return transfer.cloneWorkspace(caller, workspaceId, name, sandbox);
    }

    @Override
    public ObjectNode exportWorkspace(Caller caller, String workspaceId) {
        return transfer.export(caller, workspaceId);
    }

    @Override
    public Workspace importWorkspace(Caller caller, String workspaceId, ObjectNode document) {
        return transfer.importInto(caller, workspaceId, document);
    }
}
