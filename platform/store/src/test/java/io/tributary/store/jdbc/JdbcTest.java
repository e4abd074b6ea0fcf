package io.tributary.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTest {

    private record Item(String name, Integer amount, Long total, boolean active, Instant createdAt) {
    }

    private DerbyDatabase derby;
    private Database database;

    @BeforeEach
    void createDatabase() throws SQLException {
        derby = new DerbyDatabase();
        database = new Database(derby.dataSource());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        derby.close();
    }

    @Test
    void bindsEverySupportedParameterTypeAndReadsItBack() {
        Instant created = Instant.parse("2026-03-29T01:30:00.123Z");
        database.transaction(c -> Jdbc.update(c, "INSERT INTO item VALUES (?, ?, ?, ?, ?)",
                "a", 7, 9_000_000_000L, true, created));

        assertEquals(Optional.of(new Item("a", 7, 9_000_000_000L, true, created)), find("a"));
    }

    @Test
    void writesTypedNullsAndReadsThemAsNull() {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO item VALUES (?, ?, ?, ?, ?)", "a",
                Jdbc.orNull((Integer) null), Jdbc.orNull((Long) null), false, Jdbc.orNull((Instant) null)));

        Item item = find("a").orElseThrow();
        assertNull(item.amount());
        assertNull(item.total());
        assertNull(item.createdAt());
    }

    @Test
    void refusesAnUntypedNull() {
        assertThrows(IllegalArgumentException.class, () -> database.transaction(
                c -> Jdbc.update(c, "INSERT INTO item (name, amount) VALUES (?, ?)", "a", null)));
    }

    @Test
    void storesTimesAsUtcWhateverTheDefaultTimeZone() {
        TimeZone original = TimeZone.getDefault();
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            database.transaction(c -> Jdbc.update(c, "INSERT INTO item (name, created_at) VALUES (?, ?)",
                    "a", created));
        } finally {
            TimeZone.setDefault(original);
        }

        assertEquals(List.of("2026-01-01 00:00:00.0"), database.transaction(c -> Jdbc.list(c,
                "SELECT CAST(created_at AS VARCHAR(30)) FROM item", row -> row.getString(1))));
    }

    @Test
    void runsABatchAndListsAtMostTheRowsAsked() {
        database.transaction(c -> {
            Jdbc.batch(c, "INSERT INTO item (name) VALUES (?)",
                    List.of(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"}));
            Jdbc.batch(c, "INSERT INTO item (name) VALUES (?)", List.of());
            return null;
        });

        assertEquals(List.of("a", "b"), database.transaction(c -> Jdbc.list(c, 2,
                "SELECT name FROM item ORDER BY name", row -> row.getString(1))));
    }

    @Test
    void buildsPlaceholdersForAnInList() {
        insertBatch("INSERT INTO item (name) VALUES (?)",
                List.of(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"}));

        assertEquals("?, ?", Jdbc.placeholders(2));
        assertEquals(List.of("a", "c"), database.transaction(c -> Jdbc.list(c, "SELECT name FROM item WHERE name IN ("
                + Jdbc.placeholders(2) + ") ORDER BY name", row -> row.getString(1), "a", "c")));
    }

    @Test
    void reportsTheNumberOfRowsChanged() {
        insertBatch("INSERT INTO item (name, active) VALUES (?, ?)",
                List.of(new Object[] {"a", true}, new Object[] {"b", true}, new Object[] {"c", false}));

        int deleted = database.transaction(c -> Jdbc.update(c, "DELETE FROM item WHERE active = ?", true));

        assertEquals(2, deleted);
    }

    private void insertBatch(String sql, List<Object[]> rows) {
        database.transaction(c -> {
            Jdbc.batch(c, sql, rows);
            return null;
        });
    }

    private Optional<Item> find(String name) {
        return database.transaction(c -> Jdbc.one(c, "SELECT * FROM item WHERE name = ?", JdbcTest::item, name));
    }

    private static Item item(ResultSet row) throws SQLException {
        long total = row.getLong("total");
        return new Item(row.getString("name"), Jdbc.integer(row, "amount"), row.wasNull() ? null : total,
                row.getBoolean("active"), Jdbc.instant(row, "created_at"));
    }
}
