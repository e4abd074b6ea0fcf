package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/**
 * Writes rows that share one statement as a JDBC batch. If the batch fails, it is rolled back and the rows are
 * written one at a time, each behind a savepoint, so a bad row becomes that row's error and the others still go in.
 */
final class BatchWriter {

    private final Connection connection;
    private final Database database;
    private final ValueBinder binder;

    BatchWriter(Connection connection, Database database) {
        this.connection = connection;
        this.database = database;
        this.binder = new ValueBinder(database.dialect());
    }

    /** Writes the rows inside the current transaction and puts each row's outcome at its index in results. */
    void write(WriteSql sql, WriteMode mode, List<RowMapper.Row> rows, WriteResult[] results)
            throws SQLException, ConnectorException {
        Savepoint start = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            for (RowMapper.Row row : rows) {
                bind(statement, sql, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < rows.size(); i++) {
                results[rows.get(i).index()] = outcome(mode, counts[i], rows.get(i).key());
            }
            connection.releaseSavepoint(start);
            return;
        } catch (SQLException batchFailed) {
            rollbackTo(start, batchFailed);
        }
        for (RowMapper.Row row : rows) {
            results[row.index()] = writeOne(sql, mode, row);
        }
    }

    // a statement of its own per row: a Derby MERGE statement that failed once repeats that error on later runs
    private WriteResult writeOne(WriteSql sql, WriteMode mode, RowMapper.Row row)
            throws SQLException, ConnectorException {
        Savepoint before = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            bind(statement, sql, row);
            int count = statement.executeUpdate();
            connection.releaseSavepoint(before);
            return outcome(mode, count, row.key());
        } catch (SQLException e) {
            rollbackTo(before, e);
            return WriteResult.error(row.key(), database.scrub(SqlErrors.message(e)), SqlErrors.isRetryable(e));
        }
    }

    private void bind(PreparedStatement statement, WriteSql sql, RowMapper.Row row) throws SQLException {
        for (int i = 0; i < sql.parameters().size(); i++) {
            Column column = sql.parameters().get(i);
            binder.bind(statement, i + 1, row.values().get(column), column);
        }
    }

    private static WriteResult outcome(WriteMode mode, int count, String key) {
        // a driver may report SUCCESS_NO_INFO (-2) for a batch entry: it went in, how many rows is unknown
        return mode == WriteMode.UPDATE && count == 0 ? WriteResult.ignored(key, "no row with this key")
                : WriteResult.ok(key);
    }

    /** Rolls back to a savepoint; if even that fails the transaction is gone (deadlock, lost connection). */
    private void rollbackTo(Savepoint savepoint, SQLException cause) throws ConnectorException {
        try {
            connection.rollback(savepoint);
        } catch (SQLException lost) {
            throw new ConnectorException("the transaction was lost, nothing of this batch was written: "
                    + database.scrub(SqlErrors.message(cause)),
                    SqlErrors.isRetryable(cause) || SqlErrors.isRetryable(lost), cause);
        }
    }
}
