package io.tributary.connector.jdbc;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * The configuration of the {@code select} source: a table (with optional columns and condition) or a SELECT, the
 * key columns that identify a row and order the read, and an optional delta column for reading changes only.
 */
record SelectConfig(String table, List<String> columns, String where, String sql, List<String> keyColumns,
        String deltaColumn) {

    /** The settings this operation reads; the descriptor declares the same ones. */
    static final Set<String> SETTINGS = Set.of("table", "columns", "where", "sql", "keyColumns", "deltaColumn");

    SelectConfig {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    static SelectConfig from(ObjectNode config) throws ConnectorException {
        String table = text(config, "table");
        String sql = text(config, "sql");
        if ((table == null) == (sql == null)) {
            throw new ConnectorException("select needs either a table or an sql query, not both", false);
        }
        if (table != null) {
            Identifiers.checkQualified("table", table);
        }
        List<String> columns = Identifiers.checkNames("columns", config.get("columns"));
        String where = text(config, "where");
        if (sql != null && (!columns.isEmpty() || where != null)) {
            throw new ConnectorException("columns and where apply to a table; put them into the sql query", false);
        }
        List<String> keys = Identifiers.checkNames("keyColumns", config.get("keyColumns"));
        if (keys.isEmpty()) {
            throw new ConnectorException("select needs keyColumns: the columns that identify a row", false);
        }
        String delta = text(config, "deltaColumn");
        if (delta != null) {
            Identifiers.checkName("deltaColumn", delta);
        }
        return new SelectConfig(table, columns, where, sql, keys, delta);
    }

    boolean hasDelta() {
        return deltaColumn != null;
    }

    private static String text(ObjectNode config, String name) {
        JsonNode value = config.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
