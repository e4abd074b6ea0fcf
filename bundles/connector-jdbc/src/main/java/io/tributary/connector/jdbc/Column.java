package io.tributary.connector.jdbc;

import java.sql.Types;
import java.util.Locale;

/**
 * A column of a table or query as the database describes it.
 *
 * @param label   the exact name the database reports
 * @param field   the JSON field name records use for it
 * @param sqlType the {@link Types} code
 * @param kind    how its values become JSON and back
 */
record Column(String label, String field, int sqlType, Kind kind) {

    /** The JSON-relevant families of SQL types. */
    enum Kind {
        INTEGER, DECIMAL, FLOAT, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY, JSON, TEXT;

        boolean isTemporal() {
            return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMP_TZ;
        }

        boolean isNumeric() {
            return this == INTEGER || this == DECIMAL || this == FLOAT;
        }
    }

    static Column of(String label, String field, int sqlType, String typeName) {
        return new Column(label, field, sqlType, kindOf(sqlType, typeName == null ? "" : typeName));
    }

    static Kind kindOf(int sqlType, String typeName) {
        String type = typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOAT;
            case Types.BIT, Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> Kind.TIME;
            // PostgreSQL reports timestamptz as a plain TIMESTAMP; only its type name tells them apart
            case Types.TIMESTAMP -> type.equals("timestamptz") ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            case Types.OTHER -> type.equals("json") || type.equals("jsonb") ? Kind.JSON : Kind.TEXT;
            default -> Kind.TEXT;
        };
    }
}
