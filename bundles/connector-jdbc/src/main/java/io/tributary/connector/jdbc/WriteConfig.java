package io.tributary.connector.jdbc;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * The configuration of the {@code write} destination: the table, the key columns that find a row for update and
 * upsert, and optionally the only columns to write (by default every field a record has).
 */
record WriteConfig(String table, List<String> keyColumns, List<String> columns) {

    /** The settings this operation reads; the descriptor declares the same ones. */
    static final Set<String> SETTINGS = Set.of("table", "keyColumns", "columns");

    /** The most records one write takes, as the descriptor declares. */
    static final int MAX_BATCH = 1000;

    WriteConfig {
        keyColumns = List.copyOf(keyColumns);
        columns = List.copyOf(columns);
    }

    static WriteConfig from(ObjectNode config) throws ConnectorException {
        JsonNode table = config.get("table");
        if (table == null || !table.isTextual()) {
            throw new ConnectorException("write needs a table", false);
        }
        Identifiers.checkQualified("table", table.textValue());
        List<String> keys = Identifiers.checkNames("keyColumns", config.get("keyColumns"));
        if (keys.isEmpty()) {
            throw new ConnectorException("write needs keyColumns: the columns that identify a row", false);
        }
        return new WriteConfig(table.textValue(), keys, Identifiers.checkNames("columns", config.get("columns")));
    }
}
