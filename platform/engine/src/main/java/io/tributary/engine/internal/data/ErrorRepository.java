package io.tributary.engine.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.RecordError;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Texts;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The record_error table: the error queue. Record keys are in their stored form ({@link Texts#storedKey}). */
public final class ErrorRepository {

    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_STEP = 1000;
    private static final String COLUMNS = "SELECT id, flow_id, run_id, tenant_id, workspace_id, record_key,"
            + " record_json, step, message, retryable, attempts, status, resolved_by, resolved_at, created_at,"
            + " updated_at FROM record_error";

    private final Database database;

    public ErrorRepository(Database database) {
        this.database = database;
    }

    /** The open error of a record key: what a new failure of that key updates instead of adding one. */
    public record OpenError(String id, String key, String step, String message) {
    }

    /** Open errors of a flow among some record keys, by key. */
    public Map<String, OpenError> openByKeys(String flowId, Collection<String> keys) {
        Map<String, OpenError> open = new HashMap<>();
        for (List<String> chunk : Chunks.of(keys)) {
            List<Object> params = new ArrayList<>();
            params.add(flowId);
            params.addAll(chunk);
            database.transaction(c -> Jdbc.list(c, "SELECT id, record_key, step, message FROM record_error"
                    + " WHERE flow_id = ? AND status = 'OPEN' AND record_key IN (" + Jdbc.placeholders(chunk.size())
                    + ")", row -> new OpenError(row.getString("id"), row.getString("record_key"),
                    row.getString("step"), row.getString("message")), params.toArray()))
                    .forEach(error -> open.put(error.key(), error));
        }
        return open;
    }

    /** Whether the flow has any open error, so that a page without failures can skip looking its keys up. */
    public boolean hasOpen(String flowId) {
        return database.transaction(c -> Jdbc.one(c, "SELECT id FROM record_error WHERE flow_id = ?"
                + " AND status = 'OPEN'", row -> row.getString(1), flowId)).isPresent();
    }

    public void insert(List<StoredError> errors) {
        List<Object[]> rows = new ArrayList<>();
        for (StoredError stored : errors) {
            RecordError e = stored.error();
            rows.add(new Object[] {e.id(), e.flowId(), e.runId(), stored.tenantId(), e.workspaceId(),
                    Texts.storedKey(e.recordKey()), Json.write(e.record()), Texts.clip(e.step(), MAX_STEP),
                    Texts.clip(e.message(), MAX_MESSAGE), e.retryable(), e.attempts(), e.status().name(),
                    e.createdAt(), e.updatedAt()});
        }
        database.transaction(c -> {
            Jdbc.batch(c, "INSERT INTO record_error (id, flow_id, run_id, tenant_id, workspace_id, record_key,"
                    + " record_json, step, message, retryable, attempts, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    /** A new failure of a record key that already has an open error. */
    public record Refailure(String errorId, String runId, String recordJson, String step, String message,
                            boolean retryable) {
    }

    /** Updates open errors with another failure: one more attempt, the latest run, record, step and message. */
    public void refail(List<Refailure> failures, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (Refailure f : failures) {
            rows.add(new Object[] {f.runId(), f.recordJson(), Texts.clip(f.step(), MAX_STEP),
                    Texts.clip(f.message(), MAX_MESSAGE), f.retryable(), now, f.errorId()});
        }
        database.transaction(c -> {
            Jdbc.batch(c, "UPDATE record_error SET attempts = attempts + 1, run_id = ?, record_json = ?, step = ?,"
                    + " message = ?, retryable = ?, updated_at = ? WHERE id = ? AND status = 'OPEN'", rows);
            return null;
        });
    }

    /** Resolves open errors; returns how many were still open. */
    public int resolve(Collection<String> ids, ErrorStatus status, String by, Instant now) {
        int resolved = 0;
        for (List<String> chunk : Chunks.of(ids)) {
            List<Object> params = new ArrayList<>(List.of(status.name(), by, now, now));
            params.addAll(chunk);
            resolved += database.transaction(c -> Jdbc.update(c, "UPDATE record_error SET status = ?,"
                    + " resolved_by = ?, resolved_at = ?, updated_at = ? WHERE status = 'OPEN' AND id IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", params.toArray()));
        }
        return resolved;
    }

    /** Replaces an open error's record with an edited one, before it is retried. */
    public void replaceRecord(String id, String recordJson, Instant now) {
        database.transaction(c -> Jdbc.update(c, "UPDATE record_error SET record_json = ?, updated_at = ?"
                + " WHERE id = ?", recordJson, now, id));
    }

    public Optional<StoredError> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", ErrorRepository::map, id));
    }

    /** Newest first within a scope, optionally of one flow, run and status, after a position. */
    public List<StoredError> list(Scope scope, String flowId, String runId, ErrorStatus status, Keyset after,
            int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE ").append(scope.where());
        List<Object> params = new ArrayList<>(scope.params());
        if (flowId != null) {
            sql.append(" AND flow_id = ?");
            params.add(flowId);
        }
        if (runId != null) {
            sql.append(" AND run_id = ?");
            params.add(runId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (after != null) {
            sql.append(" AND ").append(Keyset.BEFORE);
            params.addAll(List.of(after.params()));
        }
        sql.append(" ORDER BY created_at DESC, id DESC");
        return database.transaction(c -> Jdbc.list(c, limit, sql.toString(), ErrorRepository::map,
                params.toArray()));
    }

    private static StoredError map(ResultSet row) throws SQLException {
        RecordError error = new RecordError(row.getString("id"), row.getString("flow_id"), row.getString("run_id"),
                row.getString("workspace_id"), row.getString("record_key"),
                Json.readObject(row.getString("record_json")), row.getString("step"), row.getString("message"),
                row.getBoolean("retryable"), row.getInt("attempts"), ErrorStatus.valueOf(row.getString("status")),
                row.getString("resolved_by"), Jdbc.instant(row, "resolved_at"), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "updated_at"));
        return new StoredError(error, row.getString("tenant_id"));
    }
}
