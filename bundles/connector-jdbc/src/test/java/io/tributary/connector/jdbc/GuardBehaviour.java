package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.ITEM_COUNT;
import static io.tributary.connector.jdbc.Fixtures.json;
import static io.tributary.connector.jdbc.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/**
 * What a configuration or a record must not get through to the database: SQL in names, statements after a query,
 * writes from a read. Every test ends by checking that the tables are as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GuardBehaviour {

    TestDatabase database;
    final JdbcConnector connector = new JdbcConnector();

    abstract TestDatabase newDatabase();

    @BeforeAll
    void createTables() throws Exception {
        database = newDatabase().start();
        Fixtures.createItems(database);
        Fixtures.createPeople(database);
    }

    @AfterAll
    void dropSchema() throws Exception {
        database.close();
    }

    @AfterEach
    void tablesAreIntact() throws Exception {
        assertEquals(ITEM_COUNT, database.count("items"));
        assertEquals(0, database.count("people"));
    }

    TestContext context(String config) {
        return new TestContext(database.connection(), json(config));
    }

    ConnectorException refusedSelect(String config) {
        return assertThrows(ConnectorException.class, () -> connector.openSource("select", context(config)));
    }

    /** A query whose function changes data (a sequence's next value) fails: it runs in a read-only transaction. */
    void assertReadOnly(String nextValue) throws Exception {
        database.execute("CREATE SEQUENCE guard_seq");
        String config = "{'sql': 'SELECT id, " + nextValue + " AS n FROM items', 'keyColumns': ['id']}";
        // depending on its planner, the database evaluates the function when the source opens or when it reads
        ConnectorException refused = assertThrows(ConnectorException.class, () -> {
            try (Source source = connector.openSource("select", context(config))) {
                source.read(new PageRequest(null, 10, null));
            }
        });
        assertTrue(refused.getMessage().contains("READ ONLY") || refused.getMessage().contains("read-only"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'table': 'items; DROP TABLE items', 'keyColumns': ['id']}",
        "{'table': 'items --', 'keyColumns': ['id']}",
        "{'table': 'a.b.items', 'keyColumns': ['id']}",
        "{'table': 'items', 'keyColumns': ['id\\u0022 --']}",
        "{'table': 'items', 'keyColumns': ['id'], 'deltaColumn': 'updated_at OR 1=1'}",
        "{'table': 'items', 'keyColumns': ['id'], 'columns': ['name FROM items --']}",
        "{'sql': 'SELECT * FROM items', 'table': 'items', 'keyColumns': ['id']}"})
    void namesCarryingSqlAreRefused(String config) {
        assertTrue(refusedSelect(config).getMessage().length() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'sql': 'DELETE FROM items', 'keyColumns': ['id']}",
        "{'sql': 'SELECT id FROM items; DELETE FROM items', 'keyColumns': ['id']}",
        "{'sql': 'SELECT id FROM items; COMMIT; DELETE FROM items', 'keyColumns': ['id']}",
        "{'table': 'items', 'where': '1 = 1; DELETE FROM items', 'keyColumns': ['id']}"})
    void userSqlIsOneSelectOnly(String config) {
        String message = refusedSelect(config).getMessage();
        assertTrue(message.contains("SELECT") || message.contains("';'"), message);
    }

    @Test
    void aTableNameCarryingSqlIsRefusedForWriting() {
        assertThrows(ConnectorException.class, () -> connector.openDestination("write",
                context("{'table': 'people; DROP TABLE items', 'keyColumns': ['id']}")));
    }

    @Test
    void fieldNamesNeverReachTheSql() throws Exception {
        List<WriteResult> results;
        try (Destination destination = connector.openDestination("write",
                context("{'table': 'people', 'keyColumns': ['id']}"))) {
            results = destination.write(WriteMode.INSERT, List.of(
                    record("1", "{'id': 1, 'name\\u0022) VALUES (1, 2); DROP TABLE items; --': 'x'}")));
        }
        assertEquals(WriteResult.Outcome.ERROR, results.get(0).outcome());
    }

    @Test
    void aCancelledWriteWritesNothing() throws Exception {
        TestContext context = context("{'table': 'people', 'keyColumns': ['id']}");
        try (Destination destination = connector.openDestination("write", context)) {
            context.cancel();
            assertThrows(ConnectorException.class,
                    () -> destination.write(WriteMode.INSERT, List.of(record("1", "{'id': 1, 'name': 'Ada'}"))));
        }
    }

    @Test
    void aBatchAboveTheLimitIsRefused() throws Exception {
        Record one = record("1", "{'id': 1, 'name': 'Ada'}");
        try (Destination destination = connector.openDestination("write",
                context("{'table': 'people', 'keyColumns': ['id']}"))) {
            assertThrows(ConnectorException.class, () -> destination.write(WriteMode.INSERT,
                    Collections.nCopies(WriteConfig.MAX_BATCH + 1, one)));
        }
    }
}
