package io.tributary.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseTest {

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
    void commitsWhatTheWorkDid() {
        database.transaction(c -> insert(c, "a"));

        assertEquals(List.of("a"), names());
    }

    @Test
    void rollsBackWhenTheWorkFailsUnchecked() {
        assertThrows(IllegalStateException.class, () -> database.transaction(c -> {
            insert(c, "a");
            throw new IllegalStateException("boom");
        }));

        assertEquals(List.of(), names());
    }

    @Test
    void rollsBackAndPassesOnTheWorksCheckedFailure() {
        IOException failure = new IOException("mail not sent");

        IOException thrown = assertThrows(IOException.class, () -> database.transaction(c -> {
            insert(c, "a");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(List.of(), names());
    }

    @Test
    void nestedWorkJoinsTheTransactionInProgress() {
        Database other = new Database(derby.dataSource());

        assertThrows(IllegalStateException.class, () -> database.transaction(outer -> {
            insert(outer, "a");
            other.transaction(inner -> {
                assertSame(outer, inner);
                return insert(inner, "b");
            });
            throw new IllegalStateException("boom");
        }));

        assertEquals(List.of(), names());
    }

    @Test
    void wrapsSqlFailuresAndRecognizesADuplicateKey() {
        database.transaction(c -> insert(c, "a"));

        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> database.transaction(c -> insert(c, "a")));

        assertTrue(failure.isUniqueViolation());
        assertFalse(failure.isTransient());
        assertTrue(failure.getMessage().contains("23505"), failure.getMessage());
    }

    @Test
    void turnsADuplicateKeyIntoTheCallersException() {
        database.transaction(c -> insert(c, "a"));

        assertThrows(UnsupportedOperationException.class,
                () -> database.transaction(c -> insert(c, "a"), UnsupportedOperationException::new));
    }

    @Test
    void passesOnOtherFailuresDespiteADuplicateHandler() {
        DatabaseException failure = assertThrows(DatabaseException.class, () -> database.transaction(
                c -> Jdbc.update(c, "INSERT INTO missing_table (name) VALUES (?)", "a"),
                UnsupportedOperationException::new));

        assertFalse(failure.isUniqueViolation());
    }

    @Test
    void recognizesATransientFailureAnywhereInTheCauseChain() {
        SQLException deadlock = new SQLException("deadlock", "40001");
        SQLException wrapper = new SQLException("batch failed", "XJ000", deadlock);

        assertTrue(new DatabaseException(wrapper).isTransient());
        assertFalse(new DatabaseException(new SQLException("no state")).isTransient());
    }

    private static int insert(java.sql.Connection connection, String name) throws SQLException {
        return Jdbc.update(connection, "INSERT INTO item (name) VALUES (?)", name);
    }

    private List<String> names() {
        return database.transaction(c -> Jdbc.list(c, "SELECT name FROM item ORDER BY name", row -> row.getString(1)));
    }
}
