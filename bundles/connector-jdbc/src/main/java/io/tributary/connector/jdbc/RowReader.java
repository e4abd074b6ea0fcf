package io.tributary.connector.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns result rows into JSON: integers, decimals and floats as numbers, booleans, dates and times as ISO-8601
 * text, binary data as Base64, PostgreSQL json columns as JSON, everything else as text, and SQL NULL as null.
 */
final class RowReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Column> columns;
    private final boolean javaTime;

    RowReader(List<Column> columns, Dialect dialect) {
        this.columns = List.copyOf(columns);
        this.javaTime = dialect.supportsJavaTime();
    }

    /** The current row of the result set; its columns must be those this reader was made for, in that order. */
    ObjectNode read(ResultSet rows) throws SQLException {
        ObjectNode record = NODES.objectNode();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            JsonNode value = value(rows, i + 1, column);
            record.set(column.field(), rows.wasNull() || value == null ? NODES.nullNode() : value);
        }
        return record;
    }

    private JsonNode value(ResultSet rows, int index, Column column) throws SQLException {
        return switch (column.kind()) {
            case INTEGER -> integer(rows.getObject(index));
            case DECIMAL -> decimal(rows.getBigDecimal(index));
            case FLOAT -> floating(rows.getDouble(index));
            case BOOLEAN -> NODES.booleanNode(rows.getBoolean(index));
            case DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> text(Temporals.read(rows, index, column.kind(), javaTime));
            case BINARY -> binary(rows.getBytes(index));
            case JSON -> json(rows.getString(index));
            case TEXT -> text(rows.getString(index));
        };
    }

    private static JsonNode integer(Object value) {
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof Long || value instanceof BigDecimal) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.intValue());
        }
        // MariaDB hands TINYINT(1) back as a boolean
        return value instanceof Boolean flag ? NODES.booleanNode(flag) : text(value == null ? null : value.toString());
    }

    private static JsonNode decimal(BigDecimal value) {
        return value == null ? null : NODES.numberNode(value);
    }

    private static JsonNode floating(double value) {
        // JSON has no NaN or Infinity
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
    }

    private static JsonNode binary(byte[] value) {
        return value == null ? null : NODES.textNode(Base64.getEncoder().encodeToString(value));
    }

    private static JsonNode json(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return NODES.textNode(value);
        }
    }

    private static JsonNode text(String value) {
        return value == null ? null : NODES.textNode(value);
    }
}
