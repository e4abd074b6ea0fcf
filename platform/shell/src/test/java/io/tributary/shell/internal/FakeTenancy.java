package io.tributary.shell.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;

/** Given tenants and workspaces, scoped to the caller's tenant as the real service does; records the last call. */
final class FakeTenancy implements TenancyService {

    final List<Tenant> tenants = new ArrayList<>();
    final List<Workspace> workspaces = new ArrayList<>();
    Caller caller;
    UserDraft createdUser;
    ProblemException refusal;

    static Tenant tenant(String id, String name) {
        return new Tenant(id, name, Instant.parse("2026-11-22T10:15:30Z"));
    }

    static Workspace workspace(String id, String tenantId, String name, boolean sandbox, int memberCount) {
        List<Membership> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            members.add(new Membership(id, name, "u-" + i, "user" + i, WorkspaceRole.MANAGE));
        }
        return new Workspace(id, tenantId, name, "", sandbox, members, Instant.EPOCH);
    }

    @Override
    public List<Tenant> tenants(Caller caller) {
        called(caller);
        return tenants;
    }

    @Override
    public Tenant tenant(Caller caller, String tenantId) {
        return tenants.stream().filter(tenant -> tenant.id().equals(tenantId)).findFirst().orElseThrow(
                () -> new ProblemException(Problem.of(404, "Not Found", "no tenant " + tenantId)));
    }

    @Override
    public User createUser(Caller caller, UserDraft user) {
        called(caller);
        createdUser = user;
        TenantRole role = user.tenantRole() == null ? TenantRole.MEMBER : user.tenantRole();
        return new User("u-42", caller.tenantId(), user.username(), user.email(), role, user.operator(), Instant.EPOCH);
    }

    @Override
    public List<Workspace> workspaces(Caller caller) {
        called(caller);
        return workspaces.stream().filter(workspace -> workspace.tenantId().equals(caller.tenantId())).toList();
    }

    private void called(Caller caller) {
        this.caller = caller;
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public Tenant createTenant(Caller caller, String name, UserDraft owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<User> users(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public User user(Caller caller, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public User updateUser(Caller caller, String userId, UserDraft changes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteUser(Caller caller, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace createWorkspace(Caller caller, String name, String description) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace workspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace updateWorkspace(Caller caller, String workspaceId, String name, String description) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteWorkspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeMember(Caller caller, String workspaceId, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectNode exportWorkspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace importWorkspace(Caller caller, String workspaceId, ObjectNode document) {
        throw new UnsupportedOperationException();
    }
}
