package io.tributary.engine.internal.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.common.Texts;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The flow_run table: run history, progress committed page by page, and which node executes a run. */
public final class RunRepository {

    private static final int MAX_MESSAGE = 4000;
    private static final String COLUMNS = "SELECT id, flow_id, tenant_id, workspace_id, run_mode, run_trigger,"
            + " status, started_by, run_limit, since_watermark, next_cursor, watermark, source_done, read_count,"
            + " success_count, ignored_count, error_count, pages, message, cancel_requested_by, created_at,"
            + " started_at, ended_at, node_id, heartbeat_at FROM flow_run";

    private final Database database;

    public RunRepository(Database database) {
        this.database = database;
    }

    public void insert(StoredRun run) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO flow_run (id, flow_id, tenant_id, workspace_id,"
                + " run_mode, run_trigger, status, started_by, run_limit, since_watermark, next_cursor, watermark,"
                + " source_done, read_count, success_count, ignored_count, error_count, pages, created_at,"
                + " started_at, node_id, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0,"
                + " 0, ?, ?, ?, ?)", run.id(), run.flowId(), run.tenantId(), run.workspaceId(), run.mode().name(),
                run.trigger(), run.status().name(), Jdbc.orNull(run.startedBy()), Jdbc.orNull(run.limit()),
                Jdbc.orNull(run.since()), Jdbc.orNull(run.cursor()), Jdbc.orNull(run.watermark()),
                run.sourceDone(), run.createdAt(), Jdbc.orNull(run.startedAt()), Jdbc.orNull(run.nodeId()),
                Jdbc.orNull(run.heartbeatAt())));
    }

    public Optional<StoredRun> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", RunRepository::map, id));
    }

    /** Newest first within a scope, optionally of one flow and status, after a position. */
    public List<StoredRun> list(Scope scope, String flowId, RunStatus status, Keyset after, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE ").append(scope.where());
        List<Object> params = new ArrayList<>(scope.params());
        if (flowId != null) {
            sql.append(" AND flow_id = ?");
            params.add(flowId);
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
        return database.transaction(c -> Jdbc.list(c, limit, sql.toString(), RunRepository::map, params.toArray()));
    }

    /** Adds a committed page's counts and moves the resume position past it. */
    public void pageCommitted(String runId, RunCounts page, String cursor, String watermark, boolean sourceDone,
            Instant now) {
        database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET read_count = read_count + ?,"
                + " success_count = success_count + ?, ignored_count = ignored_count + ?,"
                + " error_count = error_count + ?, pages = pages + 1, next_cursor = ?,"
                + " watermark = COALESCE(?, watermark), source_done = ?, heartbeat_at = ? WHERE id = ?",
                page.read(), page.success(), page.ignored(), page.errors(), Jdbc.orNull(cursor),
                Jdbc.orNull(watermark), sourceDone, now, runId));
    }

    /** Ends a run that is not finished yet; false when it already was (or is gone). */
    public boolean finish(String runId, RunStatus status, String message, Instant now) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET status = ?, message = ?, ended_at = ?,"
                + " duration_millis = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')", status.name(),
                Jdbc.orNull(Texts.clip(message, MAX_MESSAGE)), now, Jdbc.orNull(durationMillis(c, runId, now)),
                runId) == 1);
    }

    private static Long durationMillis(Connection c, String runId, Instant now) throws SQLException {
        return Jdbc.one(c, "SELECT started_at FROM flow_run WHERE id = ?", row -> Jdbc.instant(row, "started_at"),
                runId).map(started -> now.toEpochMilli() - started.toEpochMilli()).orElse(null);
    }

    /** Cancels a run that waits in the queue; false when it is no longer queued. */
    public boolean cancelQueued(String runId, String message, Instant now) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET status = 'CANCELLED', message = ?,"
                + " ended_at = ? WHERE id = ? AND status = 'QUEUED'", message, now, runId) == 1);
    }

    /** A queued run becomes the running one on this node; false when it is no longer queued. */
    public boolean start(String runId, String since, String nodeId, Instant now) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET status = 'RUNNING', started_at = ?,"
                + " since_watermark = ?, node_id = ?, heartbeat_at = ? WHERE id = ? AND status = 'QUEUED'", now,
                Jdbc.orNull(since), nodeId, now, runId) == 1);
    }

    /** Asks the node executing a run to stop it; false when it is not running. */
    public boolean requestCancel(String runId, String by) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET cancel_requested_by = ?"
                + " WHERE id = ? AND status = 'RUNNING'", by, runId) == 1);
    }

    /** Tells other nodes this one still executes these runs; returns those someone asked to cancel. */
    public List<StoredRun> heartbeat(List<String> runIds, String nodeId, Instant now) {
        List<StoredRun> cancelled = new ArrayList<>();
        for (List<String> chunk : Chunks.of(runIds)) {
            Object[] params = new Object[chunk.size() + 2];
            params[0] = now;
            params[1] = nodeId;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 2] = chunk.get(i);
            }
            String in = " AND id IN (" + Jdbc.placeholders(chunk.size()) + ")";
            database.transaction(c -> {
                Jdbc.update(c, "UPDATE flow_run SET heartbeat_at = ? WHERE node_id = ? AND status = 'RUNNING'" + in,
                        params);
                cancelled.addAll(Jdbc.list(c, COLUMNS + " WHERE cancel_requested_by IS NOT NULL"
                        + " AND status = 'RUNNING'" + in, RunRepository::map, chunk.toArray()));
                return null;
            });
        }
        return cancelled;
    }

    /**
     * Running runs this node should take over: those whose node stopped heartbeating, and this node's own from
     * before it started (it restarted).
     */
    public List<StoredRun> orphaned(String nodeId, Instant staleBefore, Instant nodeStartedAt) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE status = 'RUNNING' AND (heartbeat_at < ?"
                + " OR (node_id = ? AND heartbeat_at < ?)) ORDER BY created_at", RunRepository::map, staleBefore,
                nodeId, nodeStartedAt));
    }

    /** Takes over a run as it was seen; false when another node was quicker or it moved on meanwhile. */
    public boolean takeOver(StoredRun seen, String nodeId, Instant now) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE flow_run SET node_id = ?, heartbeat_at = ?"
                + " WHERE id = ? AND status = 'RUNNING' AND node_id = ? AND heartbeat_at = ?", nodeId, now,
                seen.id(), seen.nodeId(), seen.heartbeatAt()) == 1);
    }

    public Optional<StoredRun> oldestQueued(String flowId) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE flow_id = ? AND status = 'QUEUED'"
                + " ORDER BY created_at, id", RunRepository::map, flowId));
    }

    /** Per UTC day (by start) from {@code from}: runs and record counts, total and longest finished duration. */
    public List<DayTotals> dailyTotals(String flowId, Instant from) {
        return database.transaction(c -> Jdbc.list(c, "SELECT CAST(started_at AS DATE) AS run_day, COUNT(*) AS runs,"
                + " SUM(success_count) AS success, SUM(ignored_count) AS ignored, SUM(error_count) AS errors,"
                + " SUM(duration_millis) AS total_millis, MAX(duration_millis) AS max_millis FROM flow_run"
                + " WHERE flow_id = ? AND started_at >= ? GROUP BY CAST(started_at AS DATE)",
                row -> new DayTotals(row.getDate("run_day").toLocalDate(), row.getLong("runs"),
                        row.getLong("success"), row.getLong("ignored"), row.getLong("errors"),
                        row.getLong("total_millis"), row.getLong("max_millis")), flowId, from));
    }

    /** One day's sums, as the database adds them up. */
    public record DayTotals(LocalDate day, long runs, long success, long ignored, long errors,
                            long durationMillis, long maxDurationMillis) {
    }

    private static StoredRun map(ResultSet row) throws SQLException {
        RunCounts counts = new RunCounts(row.getLong("read_count"), row.getLong("success_count"),
                row.getLong("ignored_count"), row.getLong("error_count"));
        return new StoredRun(row.getString("id"), row.getString("flow_id"), row.getString("tenant_id"),
                row.getString("workspace_id"), RunMode.valueOf(row.getString("run_mode")),
                row.getString("run_trigger"), RunStatus.valueOf(row.getString("status")),
                row.getString("started_by"), Jdbc.integer(row, "run_limit"), row.getString("since_watermark"),
                row.getString("next_cursor"), row.getString("watermark"), row.getBoolean("source_done"), counts,
                row.getLong("pages"), row.getString("message"), row.getString("cancel_requested_by"),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "started_at"), Jdbc.instant(row, "ended_at"),
                row.getString("node_id"), Jdbc.instant(row, "heartbeat_at"));
    }
}
