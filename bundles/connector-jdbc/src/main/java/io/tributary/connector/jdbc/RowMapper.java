package io.tributary.connector.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;

/**
 * Matches a record's fields with the table's columns, without regard to case. Field names never reach the SQL:
 * only the names of columns the database reported do, so a record cannot inject anything through them.
 */
final class RowMapper {

    /** A record ready to write: its position in the batch, its key and its value for each column written. */
    record Row(int index, String key, Map<Column, JsonNode> values) {

        List<Column> columns(Columns table) {
            return table.inTableOrder(values.keySet());
        }
    }

    /** Why a record cannot be written; it becomes that record's error. */
    static final class NotWritable extends Exception {

        private static final long serialVersionUID = 1L;

        NotWritable(String message) {
            super(message, null, false, false);
        }
    }

    private final String tableName;
    private final Columns table;
    private final List<Column> keys;
    private final List<Column> only;

    /**
     * @param only the configured columns to write; empty to write every field of a record
     */
    RowMapper(String tableName, Columns table, List<Column> keys, List<Column> only) {
        this.tableName = tableName;
        this.table = table;
        this.keys = List.copyOf(keys);
        this.only = List.copyOf(only);
    }

    Row map(int index, Record record, WriteMode mode) throws NotWritable {
        Map<Column, JsonNode> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : record.data().properties()) {
            Optional<Column> column = table.find(field.getKey());
            if (!only.isEmpty() && (column.isEmpty() || !isWritten(column.get()))) {
                continue;
            }
            if (column.isEmpty()) {
                throw new NotWritable("table " + tableName + " has no column '" + field.getKey() + "'");
            }
            if (values.put(column.get(), field.getValue()) != null) {
                throw new NotWritable("two fields name column '" + column.get().label() + "'");
            }
        }
        if (mode != WriteMode.INSERT) {
            checkKeys(values);
        }
        if (values.isEmpty()) {
            throw new NotWritable("the record has no field to write to table " + tableName);
        }
        return new Row(index, record.key(), values);
    }

    /** With configured columns, those and the key columns are written; the other fields are left out. */
    private boolean isWritten(Column column) {
        return only.contains(column) || keys.contains(column);
    }

    private void checkKeys(Map<Column, JsonNode> values) throws NotWritable {
        for (Column key : keys) {
            JsonNode value = values.get(key);
            if (value == null || value.isNull()) {
                throw new NotWritable("the record has no value for key column '" + key.field() + "'");
            }
        }
    }
}
