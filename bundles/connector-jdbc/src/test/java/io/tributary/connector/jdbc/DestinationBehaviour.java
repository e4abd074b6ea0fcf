package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.json;
import static io.tributary.connector.jdbc.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;
import io.tributary.api.connector.WriteResult.Outcome;

/** How the write destination writes, the same on every database; a subclass names the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DestinationBehaviour {

    static final String PEOPLE = "{'table': 'people', 'keyColumns': ['id']}";

    TestDatabase database;
    final JdbcConnector connector = new JdbcConnector();

    abstract TestDatabase newDatabase();

    @BeforeAll
    void createTables() throws Exception {
        database = newDatabase().start();
        Fixtures.createPeople(database);
        Fixtures.createMixed(database);
    }

    @AfterAll
    void dropSchema() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws Exception {
        database.execute("DELETE FROM people", "DELETE FROM mixed");
    }

    List<WriteResult> write(String config, WriteMode mode, Record... records) throws ConnectorException {
        try (Destination destination = connector.openDestination("write", context(config))) {
            return destination.write(mode, List.of(records));
        }
    }

    TestContext context(String config) {
        return new TestContext(database.connection(), json(config));
    }

    static List<Outcome> outcomes(List<WriteResult> results) {
        return results.stream().map(WriteResult::outcome).toList();
    }

    List<List<Object>> people() throws Exception {
        return database.query("SELECT id, name, score FROM people ORDER BY id");
    }

    @Test
    void insertWritesEveryRecord() throws Exception {
        List<WriteResult> results = write(PEOPLE, WriteMode.INSERT,
                record("1", "{'id': 1, 'name': 'Ada', 'score': 10}"), record("2", "{'id': 2, 'name': 'Bob'}"));

        assertEquals(List.of(Outcome.OK, Outcome.OK), outcomes(results));
        assertEquals(List.of(List.of(1, "Ada", 10), Arrays.asList(2, "Bob", null)), people());
    }

    @Test
    void aDuplicateKeyOnInsertFailsOnlyThatRecord() throws Exception {
        database.execute("INSERT INTO people (id, name) VALUES (2, 'Existing')");

        List<WriteResult> results = write(PEOPLE, WriteMode.INSERT, record("1", "{'id': 1, 'name': 'Ada'}"),
                record("2", "{'id': 2, 'name': 'Bob'}"), record("3", "{'id': 3, 'name': 'Cy'}"));

        assertEquals(List.of(Outcome.OK, Outcome.ERROR, Outcome.OK), outcomes(results));
        assertEquals("2", results.get(1).key());
        assertFalse(results.get(1).retryable(), "a constraint violation does not pass by itself");
        assertFalse(results.get(1).message().isBlank());
        assertEquals(List.of(1, 2, 3), database.query("SELECT id FROM people ORDER BY id").stream()
                .map(row -> ((Number) row.get(0)).intValue()).toList());
        assertEquals("Existing", database.query("SELECT name FROM people WHERE id = 2").get(0).get(0));
    }

    @Test
    void updateChangesExistingRowsAndIgnoresMissingKeys() throws Exception {
        database.execute("INSERT INTO people (id, name, score) VALUES (1, 'Ada', 10)");

        List<WriteResult> results = write(PEOPLE, WriteMode.UPDATE,
                record("1", "{'id': 1, 'score': 11}"), record("99", "{'id': 99, 'name': 'Nobody'}"));

        assertEquals(List.of(Outcome.OK, Outcome.IGNORED), outcomes(results));
        assertEquals("no row with this key", results.get(1).message());
        assertEquals(List.of(List.of(1, "Ada", 11)), people());
    }

    @Test
    void upsertInsertsNewKeysAndUpdatesExistingOnes() throws Exception {
        database.execute("INSERT INTO people (id, name, score) VALUES (1, 'Ada', 10)");

        List<WriteResult> results = write(PEOPLE, WriteMode.UPSERT,
                record("1", "{'id': 1, 'name': 'Ada L.', 'score': 12}"), record("2", "{'id': 2, 'name': 'Bob'}"));

        assertEquals(List.of(Outcome.OK, Outcome.OK), outcomes(results));
        assertEquals(List.of(List.of(1, "Ada L.", 12), Arrays.asList(2, "Bob", null)), people());
    }

    @Test
    void aNotNullViolationOnUpsertFailsOnlyThatRecord() throws Exception {
        List<WriteResult> results = write(PEOPLE, WriteMode.UPSERT, record("1", "{'id': 1, 'name': 'Ada'}"),
                record("2", "{'id': 2, 'name': null}"), record("3", "{'id': 3, 'name': 'Cy'}"));

        assertEquals(List.of(Outcome.OK, Outcome.ERROR, Outcome.OK), outcomes(results), results.toString());
        assertEquals(2, database.count("people"));
    }

    @Test
    void recordsWithDifferentFieldsAreWrittenTogether() throws Exception {
        List<WriteResult> results = write(PEOPLE, WriteMode.UPSERT, record("1", "{'id': 1, 'name': 'Ada'}"),
                record("2", "{'ID': 2, 'Name': 'Bob', 'score': 5}"), record("3", "{'id': 3, 'name': 'Cy'}"));

        assertEquals(List.of(Outcome.OK, Outcome.OK, Outcome.OK), outcomes(results));
        assertEquals(List.of(2, "Bob", 5), people().get(1));
    }

    @Test
    void configuredColumnsLeaveOtherFieldsOut() throws Exception {
        write("{'table': 'people', 'keyColumns': ['id'], 'columns': ['name']}", WriteMode.INSERT,
                record("1", "{'id': 1, 'name': 'Ada', 'score': 10}"));

        assertEquals(List.of(Arrays.asList(1, "Ada", null)), people());
    }

    @Test
    void aFieldWithoutColumnOrKeyIsThatRecordsError() throws Exception {
        List<WriteResult> results = write(PEOPLE, WriteMode.UPSERT, record("1", "{'id': 1, 'name': 'Ada'}"),
                record("2", "{'id': 2, 'name': 'Bob', 'nope': 1}"), record("3", "{'name': 'Keyless'}"));

        assertEquals(List.of(Outcome.OK, Outcome.ERROR, Outcome.ERROR), outcomes(results));
        assertTrue(results.get(1).message().contains("'nope'"), results.get(1).message());
        assertTrue(results.get(2).message().contains("key column 'id'"), results.get(2).message());
    }

    @Test
    void aTimestampThatIsNotIsoIsThatRecordsError() throws Exception {
        List<WriteResult> results = write(PEOPLE, WriteMode.INSERT, record("1", "{'id': 1, 'name': 'Ada'}"),
                record("2", "{'id': 2, 'name': 'Bob', 'updated_at': 'last tuesday'}"));

        assertEquals(List.of(Outcome.OK, Outcome.ERROR), outcomes(results));
        assertTrue(results.get(1).message().contains("ISO-8601"), results.get(1).message());
    }

    @Test
    void mixedTypesRoundTrip() throws Exception {
        ObjectNode full = json("{'id': 1, 'big': 9007199254740993, 'amount': 1234.50, 'label': 'héllo', "
                + "'flag': true, 'happened': '2024-02-29T12:34:56.123456'}");
        ObjectNode empty = json("{'id': 2, 'big': null, 'amount': null, 'label': null, 'flag': null, "
                + "'happened': null}");
        write("{'table': 'mixed', 'keyColumns': ['id']}", WriteMode.UPSERT, new Record("1", full),
                new Record("2", empty));

        List<ObjectNode> read = readMixed();
        assertEquals(1, read.get(0).get("id").intValue());
        assertEquals(9007199254740993L, read.get(0).get("big").longValue());
        assertEquals(new BigDecimal("1234.50"), read.get(0).get("amount").decimalValue());
        assertEquals("héllo", read.get(0).get("label").textValue());
        assertTrue(read.get(0).get("flag").booleanValue());
        assertEquals("2024-02-29T12:34:56.123456", read.get(0).get("happened").textValue());
        assertEquals(empty, read.get(1));
    }

    private List<ObjectNode> readMixed() throws ConnectorException {
        TestContext context = context("{'table': 'mixed', 'keyColumns': ['id']}");
        try (Source source = connector.openSource("select", context)) {
            return source.read(new PageRequest(null, 10, null)).records().stream().map(Record::data).toList();
        }
    }
}
