package io.tributary.engine.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.engine.internal.common.Json;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The flow table, including the flow's execution slot and delta watermark. */
public final class FlowRepository {

    private static final String COLUMNS = "SELECT id, tenant_id, workspace_id, name, enabled, trigger_type,"
            + " definition_json, hook_key, watermark, active_run_id, row_version, created_at, updated_at FROM flow";

    private final Database database;

    public FlowRepository(Database database) {
        this.database = database;
    }

    public void insert(StoredFlow flow) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO flow (id, tenant_id, workspace_id, name, enabled,"
                + " trigger_type, definition_json, hook_key, watermark, active_run_id, row_version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", flow.id(), flow.tenantId(),
                flow.workspaceId(), flow.name(), flow.enabled(), flow.triggerType(), Json.write(flow.definition()),
                Jdbc.orNull(flow.hookKey()), Jdbc.orNull(flow.watermark()), Jdbc.orNull(flow.activeRunId()),
                flow.rowVersion(), flow.createdAt(), flow.updatedAt()));
    }

    public Optional<StoredFlow> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", FlowRepository::map, id));
    }

    public Optional<StoredFlow> findByHookKey(String hookKey) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE hook_key = ?", FlowRepository::map,
                hookKey));
    }

    /** The flows in a scope, by name. */
    public List<StoredFlow> list(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE " + scope.where() + " ORDER BY name, id",
                FlowRepository::map, scope.params().toArray()));
    }

    /** The flows of one workspace, by name; for exports, which tenancy authorizes. */
    public List<StoredFlow> listByWorkspace(String workspaceId) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE workspace_id = ? ORDER BY name, id",
                FlowRepository::map, workspaceId));
    }

    /** Enabled flows with this trigger type, e.g. every schedule to register with the scheduler. */
    public List<StoredFlow> listEnabled(String triggerType) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE trigger_type = ? AND enabled = ?",
                FlowRepository::map, triggerType, true));
    }

    /** Every flow, a batch at a time after {@code afterId} in id order; for scans such as connector usage. */
    public List<StoredFlow> listAfter(String afterId, int max) {
        return database.transaction(c -> Jdbc.list(c, max, COLUMNS + " WHERE id > ? ORDER BY id",
                FlowRepository::map, afterId));
    }

    /** Replaces the definition if nobody changed the flow since {@code flow.rowVersion()}; false otherwise. */
    public boolean update(StoredFlow flow) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow SET name = ?, enabled = ?, trigger_type = ?,"
                + " definition_json = ?, hook_key = ?, row_version = row_version + 1, updated_at = ?"
                + " WHERE id = ? AND row_version = ?", flow.name(), flow.enabled(), flow.triggerType(),
                Json.write(flow.definition()), Jdbc.orNull(flow.hookKey()), flow.updatedAt(), flow.id(),
                flow.rowVersion()) == 1);
    }

    /** Deletes the flow with everything of it, unless a run holds it; false when one does (or it is gone). */
    public boolean deleteIdle(String id) {
        // Row-lock the idle flow first: a DELETE cascades to flow_run and run_page, and Derby takes those tables'
        // locks even when no row matches, which deadlocks against a running run committing a page.
        return database.transaction(c -> Jdbc.update(c,
                "UPDATE flow SET row_version = row_version WHERE id = ? AND active_run_id IS NULL", id) == 1
                && Jdbc.update(c, "DELETE FROM flow WHERE id = ?", id) == 1);
    }

    /** Takes the flow's execution slot for a run; false when another run holds it. */
    public boolean claim(String flowId, String runId) {
        return database.transaction(c -> Jdbc.update(c,
                "UPDATE flow SET active_run_id = ? WHERE id = ? AND active_run_id IS NULL", runId, flowId) == 1);
    }

    public void release(String flowId, String runId) {
        database.transaction(c -> Jdbc.update(c,
                "UPDATE flow SET active_run_id = NULL WHERE id = ? AND active_run_id = ?", flowId, runId));
    }

    public void advanceWatermark(String flowId, String watermark) {
        database.transaction(c -> Jdbc.update(c, "UPDATE flow SET watermark = ? WHERE id = ?", watermark, flowId));
    }

    /** Flows without a running run that have queued ones: left over when their last run ended on a dead node. */
    public List<String> idleWithQueuedRuns() {
        return database.transaction(c -> Jdbc.list(c, "SELECT DISTINCT f.id FROM flow f JOIN flow_run r"
                + " ON r.flow_id = f.id WHERE f.active_run_id IS NULL AND r.status = 'QUEUED'",
                row -> row.getString(1)));
    }

    private static StoredFlow map(ResultSet row) throws SQLException {
        return new StoredFlow(row.getString("id"), row.getString("tenant_id"), row.getString("workspace_id"),
                row.getString("name"), row.getBoolean("enabled"), row.getString("trigger_type"),
                Json.readObject(row.getString("definition_json")), row.getString("hook_key"),
                row.getString("watermark"), row.getString("active_run_id"), row.getInt("row_version"),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
    }
}
