package io.tributary.alerts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.DatabaseException;

/**
 * The alert_pending and alert_digest tables (V4). Times are written and read as UTC so nodes in different time
 * zones agree. The methods taking a connection run inside the caller's transaction.
 */
final class AlertStore {

    private static final String LINE = "\n";

    private final Database database;

    AlertStore(Database database) {
        this.database = database;
    }

    void add(FlowAlert alert, Instant createdAt) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_pending (flow_id,"
                    + " flow_name, kind, run_id, error_count, samples, subscribers, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, alert.flowId());
                insert.setString(2, alert.flowName());
                insert.setString(3, alert.kind().code());
                if (alert.runId() == null) {
                    insert.setNull(4, Types.VARCHAR);
                } else {
                    insert.setString(4, alert.runId());
                }
                insert.setInt(5, alert.count());
                insert.setString(6, String.join(LINE, alert.samples()));
                insert.setString(7, String.join(LINE, alert.subscribers()));
                insert.setTimestamp(8, Timestamp.from(createdAt), utc());
                return insert.executeUpdate();
            }
        });
    }

    /** Flows with pending alerts that never had a digest or had their last one at or before {@code cutoff}. */
    List<String> flowsDue(Instant cutoff) {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT p.flow_id"
                    + " FROM alert_pending p LEFT JOIN alert_digest d ON d.flow_id = p.flow_id"
                    + " WHERE d.sent_at IS NULL OR d.sent_at <= ? ORDER BY p.flow_id")) {
                select.setTimestamp(1, Timestamp.from(cutoff), utc());
                List<String> flowIds = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        flowIds.add(rows.getString(1));
                    }
                }
                return flowIds;
            }
        });
    }

    /** Creates the flow's alert_digest row, the lock of {@link #lockDigest}, unless it exists or a node races us. */
    void ensureDigestRow(String flowId) {
        boolean exists = database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT flow_id FROM alert_digest WHERE flow_id = ?")) {
                select.setString(1, flowId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
        if (exists) {
            return;
        }
        try {
            database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO alert_digest (flow_id, sent_at) VALUES (?, ?)")) {
                    insert.setString(1, flowId);
                    insert.setNull(2, Types.TIMESTAMP);
                    return insert.executeUpdate();
                }
            });
        } catch (DatabaseException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
        }
    }

    /**
     * Locks the flow's alert_digest row until the transaction ends, so one node at a time decides about and sends
     * the flow's digest, and returns when the last digest went out (empty if never). A node that waited for the
     * lock reads what the previous holder committed.
     */
    Optional<Instant> lockDigest(Connection connection, String flowId) throws SQLException {
        // an update locks the row on Derby and PostgreSQL alike, unlike SELECT ... FOR UPDATE on Derby
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE alert_digest SET sent_at = sent_at WHERE flow_id = ?")) {
            lock.setString(1, flowId);
            if (lock.executeUpdate() != 1) {
                throw new IllegalStateException("No alert_digest row for flow " + flowId);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sent_at FROM alert_digest WHERE flow_id = ?")) {
            select.setString(1, flowId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Timestamp sentAt = rows.getTimestamp(1, utc());
                return Optional.ofNullable(sentAt).map(Timestamp::toInstant);
            }
        }
    }

    /** The flow's pending alerts, oldest first. */
    List<PendingAlert> pending(Connection connection, String flowId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, flow_id, flow_name, kind, run_id,"
                + " error_count, samples, subscribers, created_at FROM alert_pending WHERE flow_id = ? ORDER BY id")) {
            select.setString(1, flowId);
            List<PendingAlert> alerts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alerts.add(pendingAlert(rows));
                }
            }
            return alerts;
        }
    }

    /** Removes exactly these alerts: ones recorded meanwhile wait for the next digest. */
    void remove(Connection connection, List<PendingAlert> alerts) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM alert_pending WHERE id = ?")) {
            for (PendingAlert alert : alerts) {
                delete.setLong(1, alert.id());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    void markSent(Connection connection, String flowId, Instant sentAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE alert_digest SET sent_at = ? WHERE flow_id = ?")) {
            update.setTimestamp(1, Timestamp.from(sentAt), utc());
            update.setString(2, flowId);
            update.executeUpdate();
        }
    }

    private static PendingAlert pendingAlert(ResultSet row) throws SQLException {
        FlowAlert alert = new FlowAlert(row.getString("flow_id"), row.getString("flow_name"),
                AlertKind.ofCode(row.getString("kind")), row.getString("run_id"), row.getInt("error_count"),
                lines(row.getString("samples")), lines(row.getString("subscribers")));
        return new PendingAlert(row.getLong("id"), row.getTimestamp("created_at", utc()).toInstant(), alert);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(LINE));
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
