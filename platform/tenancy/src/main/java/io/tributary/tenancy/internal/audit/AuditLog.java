package io.tributary.tenancy.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.Caller;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.store.jdbc.Jdbc;
import io.tributary.tenancy.internal.Json;

/** The audit_event table: writes join the change's transaction, so a change and its entry stand or fall together. */
public final class AuditLog {

    /** The JSON columns' width; a longer summary is replaced by a note of its length. */
    static final int MAX_SUMMARY = 32_672;

    private static final String COLUMNS = "SELECT id, occurred_at, actor_id, actor_name, tenant_id, workspace_id,"
            + " audit_action, target, before_json, after_json FROM audit_event";

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records a change in {@code tenantId} (and {@code workspaceId}, null outside workspaces). */
    public void write(Caller actor, String tenantId, String workspaceId, String action, String target,
            ObjectNode before, ObjectNode after) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.transaction(c -> Jdbc.update(c, "INSERT INTO audit_event (id, occurred_at, actor_id, actor_name,"
                + " tenant_id, workspace_id, audit_action, target, before_json, after_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Ids.next("ae"), now, actor.userId(), actor.username(),
                tenantId, Jdbc.orNull(workspaceId), action, target, Jdbc.orNull(summary(before)),
                Jdbc.orNull(summary(after))));
    }

    /** Entries matching {@code query}, newest first. */
    public List<AuditEntry> entries(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE 1 = 1");
        if (query.tenantId() != null) {
            sql.append(" AND tenant_id = ?");
            params.add(query.tenantId());
        }
        if (query.workspaceId() != null) {
            sql.append(" AND workspace_id = ?");
            params.add(query.workspaceId());
        }
        if (query.since() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(query.since());
        }
        if (query.memberUserId() != null) {
            appendMemberScope(sql, params, query);
        }
        sql.append(" ORDER BY occurred_at DESC, seq DESC");
        return database.transaction(c -> Jdbc.list(c, query.limit(), sql.toString(), AuditLog::map,
                params.toArray()));
    }

    /** A member sees their workspaces' entries and the changes they made to their own API tokens. */
    private static void appendMemberScope(StringBuilder sql, List<Object> params, AuditQuery query) {
        sql.append(" AND (");
        if (!query.memberWorkspaces().isEmpty()) {
            sql.append("workspace_id IN (").append("?, ".repeat(query.memberWorkspaces().size() - 1))
                    .append("?) OR ");
            params.addAll(query.memberWorkspaces());
        }
        sql.append("(workspace_id IS NULL AND actor_id = ? AND audit_action LIKE 'token.%'))");
        params.add(query.memberUserId());
    }

    private static String summary(ObjectNode node) {
        if (node == null) {
            return null;
        }
        String json = Json.write(node);
        if (json.length() <= MAX_SUMMARY) {
            return json;
        }
        ObjectNode note = Json.object().put("truncated", true).put("length", json.length());
        return Json.write(note);
    }

    private static AuditEntry map(ResultSet row) throws SQLException {
        return new AuditEntry(row.getString("id"), Jdbc.instant(row, "occurred_at"), row.getString("actor_id"),
                row.getString("actor_name"), row.getString("tenant_id"), row.getString("workspace_id"),
                row.getString("audit_action"), row.getString("target"), Json.readObject(row.getString("before_json")),
                Json.readObject(row.getString("after_json")));
    }
}
