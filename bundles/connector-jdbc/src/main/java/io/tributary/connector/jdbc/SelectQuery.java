package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.connector.ConnectorException;

/**
 * The SQL of a {@code select} source. The configured table or query becomes a derived table; each page selects from
 * it the rows after the cursor in key order (delta value first for a delta read), so pages never overlap or skip.
 */
final class SelectQuery {

    /** One statement parameter: the value and the column whose type it takes. */
    record Parameter(Column column, JsonNode value) {
    }

    /** A page's statement and its parameters in order. */
    record PageSql(String sql, List<Parameter> parameters) {
    }

    private final Dialect dialect;
    private final String base;
    private final List<Column> columns;
    private final List<Column> keys;
    private final Column delta;

    private SelectQuery(Dialect dialect, String base, List<Column> columns, List<Column> keys, Column delta) {
        this.dialect = dialect;
        this.base = base;
        this.columns = List.copyOf(columns);
        this.keys = List.copyOf(keys);
        this.delta = delta;
    }

    /** Checks the configuration against what the database reports about the table or query. */
    static SelectQuery plan(Connection connection, Dialect dialect, SelectConfig config)
            throws SQLException, ConnectorException {
        String base = config.sql() != null ? UserSql.checkQuery(config.sql(), dialect)
                : tableQuery(connection, dialect, config);
        String source = config.sql() != null ? "the sql query"
                : (config.columns().isEmpty() ? "" : "the selected columns of ") + "table " + config.table();
        Columns columns = Columns.describe(connection, dialect, base, source);
        List<Column> keys = columns.requireAll(config.keyColumns(), "keyColumns");
        Column delta = config.hasDelta() ? columns.require(config.deltaColumn(), "deltaColumn") : null;
        return new SelectQuery(dialect, base, columns.all(), keys, delta);
    }

    private static String tableQuery(Connection connection, Dialect dialect, SelectConfig config)
            throws SQLException, ConnectorException {
        String table = dialect.table(config.table());
        String select = "*";
        if (!config.columns().isEmpty()) {
            Columns all = Columns.ofTable(connection, dialect, table, config.table());
            select = dialect.quoteAll(all.requireAll(config.columns(), "columns"));
        }
        String where = config.where() == null ? ""
                : " WHERE (\n" + UserSql.checkCondition(config.where(), dialect) + "\n)";
        return "SELECT " + select + " FROM " + table + where;
    }

    List<Column> columns() {
        return columns;
    }

    List<Column> keys() {
        return keys;
    }

    /** The delta column, or null when none is configured. */
    Column delta() {
        return delta;
    }

    /** The columns a read is ordered by: delta value, then key, for a delta read; the key for a full one. */
    List<Column> order(boolean deltaRead) {
        if (!deltaRead) {
            return keys;
        }
        List<Column> order = new ArrayList<>();
        order.add(delta);
        keys.stream().filter(key -> !key.equals(delta)).forEach(order::add);
        return order;
    }

    /**
     * The statement for a page of at most {@code rows} rows.
     *
     * @param since  for a delta read, the watermark rows must have passed; null for a full read
     * @param cursor where the previous page ended; null for the first page
     */
    PageSql page(String since, Cursor cursor, int rows) {
        List<Column> order = order(since != null);
        List<Parameter> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (since != null) {
            conditions.add(dialect.quote(delta.label()) + " > ?");
            parameters.add(new Parameter(delta, TextNode.valueOf(since)));
        }
        if (cursor != null) {
            conditions.add(after(order, cursor.after(), parameters));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sql = "SELECT * FROM " + UserSql.derivedTable(base) + where
                + " ORDER BY " + dialect.quoteAll(order) + " " + dialect.limitClause(rows);
        return new PageSql(sql, parameters);
    }

    /** Rows ordering after the given values: (a > ?) OR (a = ? AND b > ?) ..., which every dialect understands. */
    private String after(List<Column> order, List<JsonNode> values, List<Parameter> parameters) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                terms.add(dialect.quote(order.get(j).label()) + (j < i ? " = ?" : " > ?"));
                parameters.add(new Parameter(order.get(j), values.get(j)));
            }
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }
}
