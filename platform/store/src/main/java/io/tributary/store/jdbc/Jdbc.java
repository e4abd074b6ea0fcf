package io.tributary.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Plain JDBC with bound parameters. Times are written and read as UTC, so nodes in different time zones agree;
 * a null parameter must be typed ({@link #orNull}) because PostgreSQL will not guess a column's type. Long texts
 * (CLOB on Derby, TEXT on PostgreSQL) go in and out as strings.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Turns the current row into a value; may throw SQLException, as the statement methods do. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A SQL NULL of a given {@link Types} type: a plain null parameter is refused, as its type is unknown. */
    public record TypedNull(int sqlType) {
    }

    /** The value, or a NULL of the matching SQL type; likewise for the other {@code orNull} methods. */
    public static Object orNull(String text) {
        return text == null ? new TypedNull(Types.VARCHAR) : text;
    }

    public static Object orNull(Instant time) {
        return time == null ? new TypedNull(Types.TIMESTAMP) : time;
    }

    public static Object orNull(Integer number) {
        return number == null ? new TypedNull(Types.INTEGER) : number;
    }

    public static Object orNull(Long number) {
        return number == null ? new TypedNull(Types.BIGINT) : number;
    }

    /** Every row. */
    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        return list(connection, 0, sql, mapper, params);
    }

    /** At most {@code maxRows} rows (0 for all), portable where FETCH FIRST with a parameter is not. */
    public static <T> List<T> list(Connection connection, int maxRows, String sql, RowMapper<T> mapper,
            Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(maxRows);
            bind(statement, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        }
    }

    /** The first row, if any. */
    public static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        return list(connection, 1, sql, mapper, params).stream().findFirst();
    }

    /** The number of rows changed. */
    public static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement once per parameter row, as a JDBC batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} parameters. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A nullable TIMESTAMP column, read as UTC. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A nullable INTEGER column. */
    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            int index = i + 1;
            Object param = params[i];
            if (param instanceof Instant time) {
                statement.setTimestamp(index, Timestamp.from(time), utc());
            } else if (param instanceof TypedNull typedNull) {
                statement.setNull(index, typedNull.sqlType());
            } else if (param instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (param instanceof Integer number) {
                statement.setInt(index, number);
            } else if (param instanceof Long number) {
                statement.setLong(index, number);
            } else if (param instanceof String text) {
                statement.setString(index, text);
            } else {
                throw new IllegalArgumentException("Unsupported SQL parameter type at " + index + ": "
                        + (param == null ? "untyped null" : param.getClass().getName()));
            }
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
