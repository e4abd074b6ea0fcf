package io.tributary.connector.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.tributary.api.connector.WriteMode;

/** The statement that writes records with a given set of columns in a given mode. */
final class WriteStatements {

    private WriteStatements() {
    }

    /**
     * @param table   the quoted table name
     * @param columns the columns the records carry, the keys among them for update and upsert
     * @param keys    the key columns
     */
    static WriteSql forMode(WriteMode mode, Dialect dialect, String table, List<Column> columns, List<Column> keys) {
        return switch (mode) {
            case INSERT -> insert(dialect, table, columns);
            case UPDATE -> update(dialect, table, columns, keys);
            case UPSERT -> dialect.upsert(table, columns, keys);
        };
    }

    static String marks(List<Column> columns) {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }

    private static WriteSql insert(Dialect dialect, String table, List<Column> columns) {
        String sql = "INSERT INTO " + table + " (" + dialect.quoteAll(columns) + ") VALUES (" + marks(columns) + ")";
        return new WriteSql(sql, columns);
    }

    private static WriteSql update(Dialect dialect, String table, List<Column> columns, List<Column> keys) {
        List<Column> others = columns.stream().filter(column -> !keys.contains(column)).toList();
        // a record with nothing but its key still finds out whether the row exists
        List<Column> assigned = others.isEmpty() ? keys.subList(0, 1) : others;
        String sql = "UPDATE " + table + " SET " + assignments(dialect, assigned, ", ")
                + " WHERE " + assignments(dialect, keys, " AND ");
        List<Column> parameters = new ArrayList<>(assigned);
        parameters.addAll(keys);
        return new WriteSql(sql, parameters);
    }

    private static String assignments(Dialect dialect, List<Column> columns, String separator) {
        return columns.stream().map(column -> dialect.quote(column.label()) + " = ?")
                .collect(Collectors.joining(separator));
    }
}
