package io.tributary.connector.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import io.tributary.connector.jdbc.Column.Kind;

/**
 * Dates and times between JDBC and ISO-8601 text. Values with an offset that go into a column without one are
 * converted to UTC; values without one that go into a column with one are taken as UTC.
 */
final class Temporals {

    private Temporals() {
    }

    /** The ISO-8601 text of a column value, or null for SQL NULL. */
    static String read(ResultSet rows, int index, Kind kind, boolean javaTime) throws SQLException {
        TemporalAccessor value = switch (kind) {
            case DATE -> javaTime ? rows.getObject(index, LocalDate.class) : toLocal(rows.getDate(index));
            case TIME -> javaTime ? rows.getObject(index, LocalTime.class) : toLocal(rows.getTime(index));
            case TIMESTAMP -> javaTime ? rows.getObject(index, LocalDateTime.class) : toLocal(rows.getTimestamp(index));
            default -> rows.getObject(index, OffsetDateTime.class);
        };
        return value == null ? null : formatter(kind).format(value);
    }

    /** The JDBC value for ISO-8601 text bound to a column of the given kind. */
    static Object toJdbc(String text, Kind kind, boolean javaTime) {
        return switch (kind) {
            case DATE -> javaTime ? LocalDate.parse(text) : Date.valueOf(LocalDate.parse(text));
            case TIME -> javaTime ? LocalTime.parse(text) : Time.valueOf(LocalTime.parse(text));
            case TIMESTAMP -> javaTime ? localDateTime(text) : Timestamp.valueOf(localDateTime(text));
            default -> javaTime ? offsetDateTime(text) : Timestamp.from(offsetDateTime(text).toInstant());
        };
    }

    /** A value that orders like the column does, for finding the highest delta value. */
    static Comparable<?> comparable(String text, Kind kind) {
        return switch (kind) {
            case DATE -> LocalDate.parse(text);
            case TIME -> LocalTime.parse(text);
            case TIMESTAMP -> localDateTime(text);
            default -> offsetDateTime(text).toInstant();
        };
    }

    static LocalDateTime localDateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException withOffset) {
                return LocalDate.parse(text).atStartOfDay();
            }
        }
    }

    static OffsetDateTime offsetDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withOffset) {
            return localDateTime(text).atOffset(ZoneOffset.UTC);
        }
    }

    private static DateTimeFormatter formatter(Kind kind) {
        return switch (kind) {
            case DATE -> DateTimeFormatter.ISO_LOCAL_DATE;
            case TIME -> DateTimeFormatter.ISO_LOCAL_TIME;
            case TIMESTAMP -> DateTimeFormatter.ISO_LOCAL_DATE_TIME;
            default -> DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        };
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static LocalTime toLocal(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
