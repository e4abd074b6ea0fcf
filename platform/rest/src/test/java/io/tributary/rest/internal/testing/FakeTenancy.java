package io.tributary.rest.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

/** Tenants, users and workspaces in maps; authorizes nothing (the REST layer leaves that to the service). */
public final class FakeTenancy implements TenancyService {

    public final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
    public final Map<String, User> users = new ConcurrentHashMap<>();
    public final Map<String, Workspace> workspaces = new ConcurrentHashMap<>();
    /** The last user draft received: a new tenant's owner, a new user, or a user's changes. */
    public volatile UserDraft lastDraft;
    public volatile ObjectNode lastImport;
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public List<Tenant> tenants(Caller caller) {
        return List.copyOf(tenants.values());
    }

    @Override
    public Tenant createTenant(Caller caller, String name, UserDraft owner) {
        lastDraft = owner;
        return put(tenants, new Tenant(nextId("t"), name, FakeIdentity.NOW), Tenant::id);
    }

    @Override
    public Tenant tenant(Caller caller, String tenantId) {
        return find(tenants, tenantId);
    }

    @Override
    public List<User> users(Caller caller) {
        return List.copyOf(users.values());
    }

    @Override
    public User createUser(Caller caller, UserDraft draft) {
        lastDraft = draft;
        TenantRole role = draft.tenantRole() == null ? TenantRole.MEMBER : draft.tenantRole();
        User user = new User(nextId("u"), caller.tenantId(), draft.username(), draft.email(), role,
                Boolean.TRUE.equals(draft.operator()), FakeIdentity.NOW);
        return put(users, user, User::id);
    }

    @Override
    public User user(Caller caller, String userId) {
        return find(users, userId);
    }

    @Override
    public User updateUser(Caller caller, String userId, UserDraft changes) {
        lastDraft = changes;
        User old = find(users, userId);
        User updated = new User(old.id(), old.tenantId(), or(changes.username(), old.username()),
                or(changes.email(), old.email()), or(changes.tenantRole(), old.tenantRole()),
                or(changes.operator(), old.operator()), old.createdAt());
        return put(users, updated, User::id);
    }

    @Override
    public void deleteUser(Caller caller, String userId) {
        users.remove(find(users, userId).id());
    }

    @Override
    public List<Workspace> workspaces(Caller caller) {
        return List.copyOf(workspaces.values());
    }

    @Override
    public Workspace createWorkspace(Caller caller, String name, String description) {
        return put(workspaces, workspace(nextId("w"), caller.tenantId(), name, description, false), Workspace::id);
    }

    @Override
    public Workspace workspace(Caller caller, String workspaceId) {
        return find(workspaces, workspaceId);
    }

    @Override
    public Workspace updateWorkspace(Caller caller, String workspaceId, String name, String description) {
        Workspace old = find(workspaces, workspaceId);
        Workspace updated = new Workspace(old.id(), old.tenantId(), or(name, old.name()),
                or(description, old.description()), old.sandbox(), old.members(), old.createdAt());
        return put(workspaces, updated, Workspace::id);
    }

    @Override
    public void deleteWorkspace(Caller caller, String workspaceId) {
        workspaces.remove(find(workspaces, workspaceId).id());
    }

    @Override
    public Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role) {
        Workspace workspace = find(workspaces, workspaceId);
        User user = find(users, userId);
        Membership membership = new Membership(workspace.id(), workspace.name(), user.id(), user.username(), role);
        List<Membership> members = new ArrayList<>(workspace.members());
        members.removeIf(m -> m.userId().equals(userId));
        members.add(membership);
        put(workspaces, new Workspace(workspace.id(), workspace.tenantId(), workspace.name(), workspace.description(),
                workspace.sandbox(), members, workspace.createdAt()), Workspace::id);
        return membership;
    }

    @Override
    public void removeMember(Caller caller, String workspaceId, String userId) {
        Workspace workspace = find(workspaces, workspaceId);
        if (workspace.members().stream().noneMatch(m -> m.userId().equals(userId))) {
            throw notFound(userId);
        }
    }

    @Override
    public Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        Workspace source = find(workspaces, workspaceId);
        return put(workspaces, workspace(nextId("w"), source.tenantId(), name, source.description(), sandbox),
                Workspace::id);
    }

    @Override
    public ObjectNode exportWorkspace(Caller caller, String workspaceId) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("workspace", find(workspaces, workspaceId).name());
        document.putArray("flows");
        return document;
    }

    @Override
    public Workspace importWorkspace(Caller caller, String workspaceId, ObjectNode document) {
        lastImport = document;
        return find(workspaces, workspaceId);
    }

    public static Workspace workspace(String id, String tenantId, String name, String description, boolean sandbox) {
        return new Workspace(id, tenantId, name, description, sandbox, List.of(), FakeIdentity.NOW);
    }

    private String nextId(String prefix) {
        return prefix + "-" + ids.incrementAndGet();
    }

    private static <T> T put(Map<String, T> map, T value, Function<T, String> id) {
        map.put(id.apply(value), value);
        return value;
    }

    private static <T> T find(Map<String, T> map, String id) {
        T value = map.get(id);
        if (value == null) {
            throw notFound(id);
        }
        return value;
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(404, "Not Found", "No " + id + "."));
    }

    private static <T> T or(T change, T old) {
        return change == null ? old : change;
    }
}
