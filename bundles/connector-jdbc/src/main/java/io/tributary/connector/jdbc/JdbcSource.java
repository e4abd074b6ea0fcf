package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

/**
 * The {@code select} source: reads a table or query page by page with keyset pagination, in full or as a delta
 * since a watermark. It keeps one connection for the run, and each page is its own read-only transaction.
 */
final class JdbcSource implements Source {

    /** Joins the values of a composite key into a record key. */
    static final String KEY_SEPARATOR = "|";

    private final Database database;
    private final ConnectorContext context;
    private final RunConnection connection;
    private final SelectQuery query;
    private final RowReader reader;
    private final ValueBinder binder;

    private JdbcSource(Database database, ConnectorContext context, RunConnection connection, SelectQuery query) {
        this.database = database;
        this.context = context;
        this.connection = connection;
        this.query = query;
        this.reader = new RowReader(query.columns(), database.dialect());
        this.binder = new ValueBinder(database.dialect());
    }

    /** Connects and checks the configuration against the table or query, so mistakes show before the first page. */
    static JdbcSource open(Database database, SelectConfig config, ConnectorContext context)
            throws ConnectorException {
        RunConnection connection = RunConnection.forReading(database);
        try {
            Connection open = connection.get();
            SelectQuery query = SelectQuery.plan(open, database.dialect(), config);
            open.commit();
            return new JdbcSource(database, context, connection, query);
        } catch (SQLException e) {
            connection.abandon();
            throw database.failure("opening the select", e);
        } catch (ConnectorException | RuntimeException e) {
            connection.abandon();
            throw e;
        }
    }

    @Override
    public Page read(PageRequest request) throws ConnectorException {
        if (context.isCancelled()) {
            throw new ConnectorException("the run was cancelled: reading stopped", false);
        }
        if (request.isDelta() && query.delta() == null) {
            throw new ConnectorException("a delta read needs a deltaColumn in the select configuration", false);
        }
        try {
            Page page = readPage(request);
            connection.get().commit();
            return page;
        } catch (SQLException e) {
            connection.failed(e);
            throw database.failure("reading a page", e);
        } catch (ConnectorException | RuntimeException e) {
            connection.failed(e);
            throw e;
        }
    }

    private Page readPage(PageRequest request) throws SQLException, ConnectorException {
        List<Column> order = query.order(request.isDelta());
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), order.size());
        List<ObjectNode> rows = fetch(query.page(request.since(), cursor, request.limit() + 1));
        boolean more = rows.size() > request.limit();
        List<ObjectNode> page = more ? rows.subList(0, request.limit()) : rows;
        JsonNode highest = highestDelta(request, cursor, page);
        String next = more ? new Cursor(values(order, page.get(page.size() - 1)), highest).encode() : null;
        List<Record> records = page.stream().map(row -> new Record(key(row), row)).toList();
        return new Page(records, next, highest == null ? null : highest.asText());
    }

    private List<ObjectNode> fetch(SelectQuery.PageSql sql) throws SQLException, ConnectorException {
        try (PreparedStatement statement = connection.get().prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                SelectQuery.Parameter parameter = sql.parameters().get(i);
                binder.bind(statement, i + 1, parameter.value(), parameter.column());
            }
            List<ObjectNode> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }

    /** The watermark: the highest delta value of this run so far, starting from the one the read began after. */
    private JsonNode highestDelta(PageRequest request, Cursor cursor, List<ObjectNode> page) {
        if (query.delta() == null) {
            return null;
        }
        JsonNode start = cursor != null ? cursor.max() : (request.isDelta() ? TextNode.valueOf(request.since()) : null);
        return Watermarks.highest(start, page, query.delta());
    }

    private static List<JsonNode> values(List<Column> columns, ObjectNode row) {
        return columns.stream().map(column -> row.get(column.field())).toList();
    }

    private String key(ObjectNode row) {
        return query.keys().stream()
                .map(key -> row.get(key.field()))
                .map(value -> value == null || value.isNull() ? "" : value.asText())
                .collect(Collectors.joining(KEY_SEPARATOR));
    }

    @Override
    public void close() throws ConnectorException {
        connection.close();
    }
}
