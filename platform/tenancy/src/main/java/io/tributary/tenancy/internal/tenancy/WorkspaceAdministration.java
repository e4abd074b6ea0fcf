package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.data.StoredUser;
import io.tributary.tenancy.internal.data.UserRepository;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/**
 * Workspaces and their members. Members see the workspaces they belong to; tenant admins see, create, change and
 * delete all of their tenant's and decide who belongs to them.
 */
final class WorkspaceAdministration {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    private final Database database;
    private final Clock clock;
    private final WorkspaceRepository workspaces;
    private final UserRepository users;
    private final Access access;
    private final AuditLog audit;

    WorkspaceAdministration(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.workspaces = new WorkspaceRepository(database);
        this.users = new UserRepository(database);
        this.access = new Access(workspaces);
        this.audit = new AuditLog(database, clock);
    }

    List<Workspace> workspaces(Caller caller) {
        return access.visibleWorkspaces(caller);
    }

    Workspace workspace(Caller caller, String workspaceId) {
        return access.visibleWorkspace(caller, workspaceId);
    }

    Workspace create(Caller caller, String name, String description) {
        Access.requireTenantAdmin(caller);
        return insert(caller, name, description, false, "workspace.create");
    }

    /** A new workspace of the caller's tenant, joining a transaction in progress (a clone's). */
    Workspace insert(Caller caller, String name, String description, boolean sandbox, String action) {
        checkNameAndDescription(name, description);
        Workspace workspace = new Workspace(Ids.next("ws"), caller.tenantId(), name.strip(), trimmed(description),
                sandbox, List.of(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return database.transaction(c -> {
            requireFreeName(workspace);
            workspaces.insert(workspace);
            audit.write(caller, workspace.tenantId(), workspace.id(), action, target(workspace), null,
                    Summaries.of(workspace));
            return workspace;
        }, WorkspaceAdministration::nameTaken);
    }

    /** Null name or description: unchanged. */
    Workspace update(Caller caller, String workspaceId, String name, String description) {
        Workspace current = access.administeredWorkspace(caller, workspaceId);
        String newName = name == null ? current.name() : name;
        checkNameAndDescription(newName, description);
        Workspace updated = new Workspace(current.id(), current.tenantId(), newName.strip(),
                description == null ? current.description() : trimmed(description), current.sandbox(),
                current.members(), current.createdAt());
        return database.transaction(c -> {
            requireFreeName(updated);
            workspaces.update(updated);
            audit.write(caller, current.tenantId(), current.id(), "workspace.update", target(current),
                    Summaries.of(current), Summaries.of(updated));
            return updated;
        }, WorkspaceAdministration::nameTaken);
    }

    void delete(Caller caller, String workspaceId) {
        Workspace current = access.administeredWorkspace(caller, workspaceId);
        database.transaction(c -> {
            workspaces.delete(current.id());
            audit.write(caller, current.tenantId(), current.id(), "workspace.delete", target(current),
                    Summaries.of(current), null);
            return null;
        });
    }

    Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role) {
        Workspace workspace = access.administeredWorkspace(caller, workspaceId);
        if (role == null) {
            throw Problems.invalid("role", "is required: MANAGE or MONITOR");
        }
        User user = users.find(userId).map(StoredUser::user)
                .filter(candidate -> candidate.tenantId().equals(caller.tenantId()))
                .orElseThrow(() -> Problems.notFound("user"));
        return database.transaction(c -> {
            Membership before = workspaces.membership(workspace.id(), user.id()).orElse(null);
            workspaces.putMember(workspace.id(), user.id(), role);
            Membership after = new Membership(workspace.id(), workspace.name(), user.id(), user.username(), role);
            audit.write(caller, workspace.tenantId(), workspace.id(), "workspace.member.put", memberTarget(after),
                    before == null ? null : Summaries.of(before), Summaries.of(after));
            return after;
        });
    }

    void removeMember(Caller caller, String workspaceId, String userId) {
        Workspace workspace = access.administeredWorkspace(caller, workspaceId);
        Membership before = workspaces.membership(workspace.id(), userId)
                .orElseThrow(() -> Problems.notFound("member"));
        database.transaction(c -> {
            workspaces.removeMember(workspace.id(), userId);
            audit.write(caller, workspace.tenantId(), workspace.id(), "workspace.member.remove",
                    memberTarget(before), Summaries.of(before), null);
            return null;
        });
    }

    private static void checkNameAndDescription(String name, String description) {
        new Violations().requireText("name", name, MAX_NAME).limitText("description", description, MAX_DESCRIPTION)
                .throwIfAny();
    }

    private void requireFreeName(Workspace workspace) {
        workspaces.findByName(workspace.tenantId(), workspace.name())
                .filter(other -> !other.id().equals(workspace.id()))
                .ifPresent(other -> {
                    throw nameTaken();
                });
    }

    private static RuntimeException nameTaken() {
        return Problems.conflict("name", "a workspace of this name exists in the tenant");
    }

    private static String trimmed(String description) {
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static String target(Workspace workspace) {
        return "workspace:" + workspace.id();
    }

    private static String memberTarget(Membership membership) {
        return "workspace:" + membership.workspaceId() + "/member:" + membership.userId();
    }
}
