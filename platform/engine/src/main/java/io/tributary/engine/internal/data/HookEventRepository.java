package io.tributary.engine.internal.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.DatabaseException;
import io.tributary.store.jdbc.Jdbc;

/** The hook_event table: webhook records persisted on receipt, then taken by a run. */
public final class HookEventRepository {

    private final Database database;

    private static final int INSERT_TRIES = 5;

    /** Events one transaction claims or deletes: well under Derby's lock escalation threshold of 5,000 rows. */
    private static final int MAX_EVENTS_PER_STATEMENT_GROUP = 1_000;

    public HookEventRepository(Database database) {
        this.database = database;
    }

    /** A stored event: its order and its records as {@code [{key, data}, ...]}. */
    public record StoredEvent(long seq, String recordsJson) {
    }

    /**
     * Stores a received event. Under a burst of requests Derby may time out a lock (e.g. while a run claims
     * events): a short transaction like this one is simply tried again, so the sender is not failed for it.
     */
    public void insert(String id, String flowId, Instant receivedAt, int recordCount, String recordsJson) {
        for (int attempt = 1; ; attempt++) {
            try {
                database.transaction(c -> Jdbc.update(c, "INSERT INTO hook_event (id, flow_id, received_at,"
                        + " record_count, records_json) VALUES (?, ?, ?, ?, ?)", id, flowId, receivedAt, recordCount,
                        recordsJson));
                return;
            } catch (DatabaseException e) {
                if (!e.isTransient() || attempt == INSERT_TRIES) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a webhook event", e);
        }
    }

    /** How many events of a flow wait for a run. */
    public int pending(String flowId) {
        return database.transaction(c -> Jdbc.one(c, "SELECT COUNT(*) FROM hook_event WHERE flow_id = ?"
                + " AND run_id IS NULL", row -> row.getInt(1), flowId)).orElse(0);
    }

    /** Flows with events that wait for a run. */
    public List<String> flowsWithPending() {
        return database.transaction(c -> Jdbc.list(c, "SELECT DISTINCT flow_id FROM hook_event"
                + " WHERE run_id IS NULL", row -> row.getString(1)));
    }

    /**
     * Gives the oldest waiting events of a flow to a run: whole events, as many as fit in {@code maxRecords}
     * records (at least one). Returns how many records it took.
     */
    public int take(String flowId, String runId, int maxRecords) {
        return database.transaction(c -> {
            List<long[]> waiting = Jdbc.list(c, Math.min(maxRecords, MAX_EVENTS_PER_STATEMENT_GROUP),
                    "SELECT seq, record_count FROM hook_event"
                    + " WHERE flow_id = ? AND run_id IS NULL ORDER BY seq",
                    row -> new long[] {row.getLong(1), row.getLong(2)}, flowId);
            List<Long> taken = new ArrayList<>();
            long records = 0;
            for (long[] event : waiting) {
                if (!taken.isEmpty() && records + event[1] > maxRecords) {
                    break;
                }
                taken.add(event[0]);
                records += event[1];
            }
            for (List<Long> chunk : Chunks.of(taken)) {
                List<Object> params = new ArrayList<>(List.of(runId));
                params.addAll(chunk);
                Jdbc.update(c, "UPDATE hook_event SET run_id = ? WHERE run_id IS NULL AND seq IN ("
                        + Jdbc.placeholders(chunk.size()) + ")", params.toArray());
            }
            return (int) records;
        });
    }

    /** The events of a run from {@code fromSeq} on, in order, at most {@code max}. */
    public List<StoredEvent> ofRun(String runId, long fromSeq, int max) {
        return database.transaction(c -> Jdbc.list(c, max, "SELECT seq, records_json FROM hook_event"
                + " WHERE run_id = ? AND seq >= ? ORDER BY seq", row -> new StoredEvent(row.getLong(1),
                row.getString(2)), runId, fromSeq));
    }

    /**
     * Removes the events of an ended run (their records are the run's outcomes and errors now), a chunk per
     * transaction so that Derby never escalates to a table lock that would hold up incoming events.
     */
    public void deleteOfRun(String runId) {
        while (true) {
            int deleted = database.transaction(c -> {
                List<Long> chunk = Jdbc.list(c, MAX_EVENTS_PER_STATEMENT_GROUP, "SELECT seq FROM hook_event"
                        + " WHERE run_id = ?", row -> row.getLong(1), runId);
                int count = 0;
                for (List<Long> part : Chunks.of(chunk)) {
                    count += Jdbc.update(c, "DELETE FROM hook_event WHERE seq IN (" + Jdbc.placeholders(part.size())
                            + ")", part.toArray());
                }
                return count;
            });
            if (deleted == 0) {
                return;
            }
        }
    }
}
