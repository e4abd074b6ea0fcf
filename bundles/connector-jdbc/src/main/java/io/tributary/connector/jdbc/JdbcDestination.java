package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/**
 * The {@code write} destination: inserts, updates or upserts records into one table, each call in one transaction.
 * Records with the same fields share a statement and go in as one JDBC batch.
 */
final class JdbcDestination implements Destination {

    private final Database database;
    private final ConnectorContext context;
    private final RunConnection connection;
    private final String table;
    private final Columns columns;
    private final List<Column> keys;
    private final RowMapper mapper;

    private JdbcDestination(Database database, ConnectorContext context, RunConnection connection,
            WriteConfig config, Columns columns) throws ConnectorException {
        this.database = database;
        this.context = context;
        this.connection = connection;
        this.table = database.dialect().table(config.table());
        this.columns = columns;
        this.keys = columns.requireAll(config.keyColumns(), "keyColumns");
        this.mapper = new RowMapper(config.table(), columns, keys, columns.requireAll(config.columns(), "columns"));
    }

    /** Connects and checks that the table and the configured columns exist. */
    static JdbcDestination open(Database database, WriteConfig config, ConnectorContext context)
            throws ConnectorException {
        RunConnection connection = RunConnection.forWriting(database);
        try {
            Connection open = connection.get();
            Columns columns = Columns.ofTable(open, database.dialect(), database.dialect().table(config.table()),
                    config.table());
            open.rollback();
            return new JdbcDestination(database, context, connection, config, columns);
        } catch (SQLException e) {
            connection.abandon();
            throw database.failure("opening table " + config.table(), e);
        } catch (ConnectorException | RuntimeException e) {
            connection.abandon();
            throw e;
        }
    }

    @Override
    public List<WriteResult> write(WriteMode mode, List<Record> records) throws ConnectorException {
        if (records.size() > WriteConfig.MAX_BATCH) {
            throw new ConnectorException("a write takes at most " + WriteConfig.MAX_BATCH + " records, not "
                    + records.size(), false);
        }
        WriteResult[] results = new WriteResult[records.size()];
        Map<List<Column>, List<RowMapper.Row>> statements = group(mode, records, results);
        try {
            Connection open = connection.get();
            BatchWriter writer = new BatchWriter(open, database);
            for (Map.Entry<List<Column>, List<RowMapper.Row>> statement : statements.entrySet()) {
                checkCancelled();
                WriteSql sql = WriteStatements.forMode(mode, database.dialect(), table, statement.getKey(), keys);
                writer.write(sql, mode, statement.getValue(), results);
            }
            open.commit();
            return Arrays.asList(results);
        } catch (SQLException e) {
            connection.failed(e);
            throw database.failure("writing to table " + table, e);
        } catch (ConnectorException | RuntimeException e) {
            connection.failed(e);
            throw e;
        }
    }

    /** Groups the writable records by the columns they carry; the others get their error at once. */
    private Map<List<Column>, List<RowMapper.Row>> group(WriteMode mode, List<Record> records, WriteResult[] results) {
        Map<List<Column>, List<RowMapper.Row>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                RowMapper.Row row = mapper.map(i, records.get(i), mode);
                groups.computeIfAbsent(row.columns(columns), ignored -> new ArrayList<>()).add(row);
            } catch (RowMapper.NotWritable e) {
                results[i] = WriteResult.error(records.get(i).key(), e.getMessage(), false);
            }
        }
        return groups;
    }

    private void checkCancelled() throws ConnectorException {
        if (context.isCancelled()) {
            throw new ConnectorException("the run was cancelled: nothing of this batch was written", false);
        }
    }

    @Override
    public void close() throws ConnectorException {
        connection.close();
    }
}
