package io.tributary.engine.internal.data;

import java.util.List;

import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.api.flow.RunCounts;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The run_page table: each committed page's record outcomes. */
public final class PageRepository {

    private final Database database;

    public PageRepository(Database database) {
        this.database = database;
    }

    /** A page as stored: its number and its records' outcomes in compact form. */
    public record StoredPage(long seq, String outcomesJson) {
    }

    public void insert(String runId, long seq, RunCounts counts, String outcomesJson) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO run_page (run_id, seq, success_count, ignored_count,"
                + " error_count, outcomes_json) VALUES (?, ?, ?, ?, ?, ?)", runId, seq, (int) counts.success(),
                (int) counts.ignored(), (int) counts.errors(), outcomesJson));
    }

    /** Up to {@code max} pages from {@code fromSeq} on that hold at least one record of {@code outcome} (or any). */
    public List<StoredPage> list(String runId, long fromSeq, Outcome outcome, int max) {
        String having = outcome == null ? ""
                : " AND " + switch (outcome) {
                    case SUCCESS -> "success_count";
                    case IGNORED -> "ignored_count";
                    case ERROR -> "error_count";
                } + " > 0";
        return database.transaction(c -> Jdbc.list(c, max, "SELECT seq, outcomes_json FROM run_page"
                + " WHERE run_id = ? AND seq >= ?" + having + " ORDER BY seq",
                row -> new StoredPage(row.getLong("seq"), row.getString("outcomes_json")), runId, fromSeq));
    }
}
