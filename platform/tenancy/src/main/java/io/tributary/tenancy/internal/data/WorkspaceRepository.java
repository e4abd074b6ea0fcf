package io.tributary.tenancy.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The workspace and membership tables; workspaces are returned with their members. */
public final class WorkspaceRepository {

    private static final String COLUMNS = "SELECT id, tenant_id, name, description, sandbox, created_at"
            + " FROM workspace";
    private static final String MEMBERS = "SELECT m.workspace_id, w.name AS workspace_name, m.user_id, u.username,"
            + " m.workspace_role FROM membership m JOIN workspace w ON w.id = m.workspace_id"
            + " JOIN app_user u ON u.id = m.user_id";

    private final Database database;

    public WorkspaceRepository(Database database) {
        this.database = database;
    }

    public void insert(Workspace workspace) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO workspace (id, tenant_id, name, description, sandbox,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", workspace.id(), workspace.tenantId(), workspace.name(),
                Jdbc.orNull(workspace.description()), workspace.sandbox(), workspace.createdAt()));
    }

    public Optional<Workspace> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", row -> map(row, List.of()), id))
                .map(workspace -> withMembers(workspace, members(id)));
    }

    public Optional<Workspace> findByName(String tenantId, String name) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE tenant_id = ? AND name = ?",
                row -> map(row, List.of()), tenantId, name));
    }

    public List<Workspace> listByTenant(String tenantId) {
        return database.transaction(c -> {
            Map<String, List<Membership>> members = Jdbc.list(c, MEMBERS + " WHERE w.tenant_id = ?"
                    + " ORDER BY u.username", WorkspaceRepository::mapMember, tenantId).stream()
                    .collect(Collectors.groupingBy(Membership::workspaceId));
            return Jdbc.list(c, COLUMNS + " WHERE tenant_id = ? ORDER BY name",
                    row -> map(row, members.getOrDefault(row.getString("id"), List.of())), tenantId);
        });
    }

    public void update(Workspace workspace) {
        database.transaction(c -> Jdbc.update(c, "UPDATE workspace SET name = ?, description = ? WHERE id = ?",
                workspace.name(), Jdbc.orNull(workspace.description()), workspace.id()));
    }

    /** Deletes the workspace; its memberships and connections go with it (ON DELETE CASCADE). */
    public void delete(String id) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM workspace WHERE id = ?", id));
    }

    public List<Membership> members(String workspaceId) {
        return database.transaction(c -> Jdbc.list(c, MEMBERS + " WHERE m.workspace_id = ? ORDER BY u.username",
                WorkspaceRepository::mapMember, workspaceId));
    }

    public List<Membership> membershipsOf(String userId) {
        return database.transaction(c -> Jdbc.list(c, MEMBERS + " WHERE m.user_id = ? ORDER BY w.name",
                WorkspaceRepository::mapMember, userId));
    }

    public Optional<Membership> membership(String workspaceId, String userId) {
        return members(workspaceId).stream().filter(member -> member.userId().equals(userId)).findFirst();
    }

    public void putMember(String workspaceId, String userId, WorkspaceRole role) {
        database.transaction(c -> {
            int updated = Jdbc.update(c, "UPDATE membership SET workspace_role = ? WHERE workspace_id = ?"
                    + " AND user_id = ?", role.name(), workspaceId, userId);
            return updated > 0 ? updated : Jdbc.update(c, "INSERT INTO membership (workspace_id, user_id,"
                    + " workspace_role) VALUES (?, ?, ?)", workspaceId, userId, role.name());
        });
    }

    public boolean removeMember(String workspaceId, String userId) {
        return database.transaction(c -> Jdbc.update(c, "DELETE FROM membership WHERE workspace_id = ?"
                + " AND user_id = ?", workspaceId, userId)) > 0;
    }

    private static Workspace withMembers(Workspace workspace, List<Membership> members) {
        return new Workspace(workspace.id(), workspace.tenantId(), workspace.name(), workspace.description(),
                workspace.sandbox(), new ArrayList<>(members), workspace.createdAt());
    }

    private static Workspace map(ResultSet row, List<Membership> members) throws SQLException {
        return new Workspace(row.getString("id"), row.getString("tenant_id"), row.getString("name"),
                row.getString("description"), row.getBoolean("sandbox"), members, Jdbc.instant(row, "created_at"));
    }

    private static Membership mapMember(ResultSet row) throws SQLException {
        return new Membership(row.getString("workspace_id"), row.getString("workspace_name"),
                row.getString("user_id"), row.getString("username"),
                WorkspaceRole.valueOf(row.getString("workspace_role")));
    }
}
