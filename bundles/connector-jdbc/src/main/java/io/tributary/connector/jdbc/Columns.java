package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.connector.ConnectorException;

/** The columns a table or query returns, found by name without regard to case. */
final class Columns {

    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final String source;

    private Columns(String source, List<Column> columns) {
        this.source = source;
        columns.forEach(column -> byName.putIfAbsent(column.label().toLowerCase(Locale.ROOT), column));
    }

    /** Describes a query by running it with a condition that is never true: the database reports the columns. */
    static Columns describe(Connection connection, Dialect dialect, String query, String source) throws SQLException {
        String sql = "SELECT * FROM " + UserSql.derivedTable(query) + " WHERE 1 = 0";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String label = meta.getColumnLabel(i);
                columns.add(Column.of(label, dialect.fieldName(label), meta.getColumnType(i), meta.getColumnTypeName(i)));
            }
            return new Columns(source, columns);
        }
    }

    static Columns ofTable(Connection connection, Dialect dialect, String quotedTable, String table) throws SQLException {
        return describe(connection, dialect, "SELECT * FROM " + quotedTable, "table " + table);
    }

    List<Column> all() {
        return List.copyOf(byName.values());
    }

    Optional<Column> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The column of that name; the message says which setting named a missing one. */
    Column require(String name, String setting) throws ConnectorException {
        return find(name).orElseThrow(() -> new ConnectorException(
                setting + " names column '" + name + "', which " + source + " does not have", false));
    }

    List<Column> requireAll(List<String> names, String setting) throws ConnectorException {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(require(name, setting));
        }
        return columns;
    }

    /** The given columns in this table's order, so that records with the same fields share one statement. */
    List<Column> inTableOrder(Collection<Column> columns) {
        return byName.values().stream().filter(columns::contains).toList();
    }
}
