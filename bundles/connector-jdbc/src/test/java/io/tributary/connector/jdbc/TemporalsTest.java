package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import io.tributary.connector.jdbc.Column.Kind;

/** ISO-8601 text into JDBC values, and delta values compared as their type orders. */
class TemporalsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aLocalTimestampIsTakenAsWritten() {
        assertEquals(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
                Temporals.toJdbc("2024-02-29T12:34:56.123456", Kind.TIMESTAMP, true));
    }

    @Test
    void anOffsetIsConvertedToUtcForAColumnWithoutOne() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 8, 0), Temporals.toJdbc("2024-01-01T10:00:00+02:00", Kind.TIMESTAMP, true));
        assertEquals(LocalDateTime.of(2024, 1, 1, 10, 0), Temporals.toJdbc("2024-01-01T10:00:00Z", Kind.TIMESTAMP, true));
    }

    @Test
    void aDateAloneMeansItsMidnight() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), Temporals.toJdbc("2024-01-01", Kind.TIMESTAMP, true));
        assertEquals(LocalDate.of(2024, 1, 1), Temporals.toJdbc("2024-01-01", Kind.DATE, true));
    }

    @Test
    void aLocalTimestampIsTakenAsUtcForAColumnWithAnOffset() {
        assertEquals(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC),
                Temporals.toJdbc("2024-01-01T10:00:00", Kind.TIMESTAMP_TZ, true));
    }

    @Test
    void withoutJavaTimeTheJdbcTypesAreUsed() {
        assertEquals(Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 10, 0)),
                Temporals.toJdbc("2024-01-01T10:00", Kind.TIMESTAMP, false));
    }

    @Test
    void somethingElseIsNotATimestamp() {
        assertThrows(DateTimeParseException.class, () -> Temporals.toJdbc("last tuesday", Kind.TIMESTAMP, true));
    }

    @Test
    void timestampsCompareInTimeNotAsText() {
        // as text "…:00:00.5" sorts after "…:00:01"; in time it comes before
        assertTrue(Watermarks.compare(NODES.textNode("2024-01-01T00:00:00.5"), NODES.textNode("2024-01-01T00:00:01"),
                Kind.TIMESTAMP) < 0);
        assertTrue(Watermarks.compare(NODES.textNode("2024-01-01T10:00:00+02:00"),
                NODES.textNode("2024-01-01T09:00:00Z"), Kind.TIMESTAMP_TZ) < 0);
    }

    @Test
    void numbersCompareAsNumbersWhetherTextOrNot() {
        assertTrue(Watermarks.compare(NODES.textNode("9"), NODES.numberNode(10), Kind.INTEGER) < 0);
        assertTrue(Watermarks.compare(NODES.numberNode(2.5), NODES.textNode("2.25"), Kind.DECIMAL) > 0);
    }
}
