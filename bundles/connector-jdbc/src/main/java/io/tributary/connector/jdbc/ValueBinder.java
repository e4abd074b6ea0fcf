package io.tributary.connector.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.connector.jdbc.Column.Kind;

/**
 * Binds JSON values to statement parameters. The target column's type decides: ISO-8601 text becomes a date or
 * time, numeric text a number, Base64 text bytes; the driver converts the rest with {@code setObject}.
 */
final class ValueBinder {

    private final boolean javaTime;

    ValueBinder(Dialect dialect) {
        this.javaTime = dialect.supportsJavaTime();
    }

    void bind(PreparedStatement statement, int index, JsonNode value, Column column) throws SQLException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            statement.setNull(index, column.sqlType());
        } else if (column.kind() == Kind.DECIMAL) {
            // setObject with a target type would assume scale 0 and cut off the fraction
            statement.setBigDecimal(index, decimal(value, column));
        } else {
            statement.setObject(index, toJdbc(value, column), column.sqlType());
        }
    }

    private Object toJdbc(JsonNode value, Column column) throws SQLException {
        Kind kind = column.kind();
        if (value.isTextual()) {
            return fromText(value.textValue(), column);
        }
        if (value.isNumber()) {
            return kind == Kind.TEXT ? value.asText() : value.numberValue();
        }
        if (value.isBoolean()) {
            return kind == Kind.TEXT ? value.asText() : value.booleanValue();
        }
        // objects and arrays go in as JSON text
        return value.toString();
    }

    private BigDecimal decimal(JsonNode value, Column column) throws SQLException {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        Object converted = toJdbc(value, column);
        if (converted instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new SQLDataException("value " + abbreviate(value.toString()) + " for column " + column.label()
                + " is not a number");
    }

    private Object fromText(String text, Column column) throws SQLException {
        Kind kind = column.kind();
        try {
            if (kind.isTemporal()) {
                return Temporals.toJdbc(text.strip(), kind, javaTime);
            }
            if (kind.isNumeric()) {
                return new BigDecimal(text.strip());
            }
            if (kind == Kind.BOOLEAN) {
                return bool(text.strip());
            }
            if (kind == Kind.BINARY) {
                return Base64.getDecoder().decode(text);
            }
            return text;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new SQLDataException("value '" + abbreviate(text) + "' for column " + column.label()
                    + " is not a valid " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (kind.isTemporal() ? " (ISO-8601 expected)" : ""));
        }
    }

    private static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false") || text.equals("0")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
