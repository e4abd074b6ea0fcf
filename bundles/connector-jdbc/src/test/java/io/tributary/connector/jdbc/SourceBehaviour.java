package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.ITEM_COUNT;
import static io.tributary.connector.jdbc.Fixtures.ids;
import static io.tributary.connector.jdbc.Fixtures.json;
import static io.tributary.connector.jdbc.Fixtures.readAll;
import static io.tributary.connector.jdbc.Fixtures.updatedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Source;

/** How the select source reads, the same on every database; a subclass names the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SourceBehaviour {

    static final String ITEMS = "{'table': 'items', 'keyColumns': ['id'], 'deltaColumn': 'updated_at'}";

    TestDatabase database;
    final JdbcConnector connector = new JdbcConnector();

    abstract TestDatabase newDatabase();

    @BeforeAll
    void createItems() throws Exception {
        database = newDatabase().start();
        Fixtures.createItems(database);
    }

    @AfterAll
    void dropSchema() throws Exception {
        database.close();
    }

    Source open(String config) throws ConnectorException {
        return connector.openSource("select", context(config));
    }

    TestContext context(String config) {
        return new TestContext(database.connection(), json(config));
    }

    @Test
    void fullReadReturnsEveryRowExactlyOnceInKeyOrder() throws Exception {
        try (Source source = open(ITEMS)) {
            List<Page> pages = readAll(source, null, 10, null);

            assertEquals(List.of(10, 10, 5), pages.stream().map(page -> page.records().size()).toList());
            assertEquals(IntStream.rangeClosed(1, ITEM_COUNT).boxed().toList(), ids(pages));
            assertEquals("7", pages.get(0).records().get(6).key());
            assertEquals("item-07", pages.get(0).records().get(6).data().get("name").asText());
            assertNull(pages.get(2).next());
        }
    }

    @Test
    void fullReadReportsTheHighestDeltaValueAsWatermark() throws Exception {
        try (Source source = open(ITEMS)) {
            List<Page> pages = readAll(source, null, 10, null);

            assertEquals(updatedAt(10), pages.get(0).watermark());
            assertEquals(updatedAt(ITEM_COUNT), pages.get(2).watermark());
        }
    }

    @Test
    void readResumesExactlyFromTheSecondPageCursor() throws Exception {
        String cursor;
        try (Source first = open(ITEMS)) {
            Page one = first.read(new PageRequest(null, 10, null));
            cursor = first.read(new PageRequest(one.next(), 10, null)).next();
        }
        try (Source resumed = open(ITEMS)) {
            assertEquals(IntStream.rangeClosed(21, ITEM_COUNT).boxed().toList(), ids(readAll(resumed, cursor, 10, null)));
        }
    }

    @Test
    void deltaReadReturnsOnlyNewerRowsAndTheirHighestValue() throws Exception {
        try (Source source = open(ITEMS)) {
            Page page = source.read(new PageRequest(null, 10, updatedAt(20)));

            assertEquals(List.of(21, 22, 23, 24, 25), ids(List.of(page)));
            assertEquals(updatedAt(25), page.watermark());
            assertNull(page.next());
        }
    }

    @Test
    void deltaReadPagesCarryTheWatermarkForward() throws Exception {
        try (Source source = open(ITEMS)) {
            List<Page> pages = readAll(source, null, 2, updatedAt(20));

            assertEquals(List.of(21, 22, 23, 24, 25), ids(pages));
            assertEquals(List.of(updatedAt(22), updatedAt(24), updatedAt(25)),
                    pages.stream().map(Page::watermark).toList());
        }
    }

    @Test
    void deltaReadWithNothingNewKeepsTheWatermark() throws Exception {
        try (Source source = open(ITEMS)) {
            Page page = source.read(new PageRequest(null, 10, updatedAt(ITEM_COUNT)));

            assertTrue(page.records().isEmpty());
            assertNull(page.next());
            assertEquals(updatedAt(ITEM_COUNT), page.watermark());
        }
    }

    @Test
    void sqlQueryIsPagedLikeATable() throws Exception {
        try (Source source = open("{'sql': 'SELECT id, name FROM items WHERE id > 5;', 'keyColumns': ['ID']}")) {
            List<Page> pages = readAll(source, null, 10, null);

            assertEquals(IntStream.rangeClosed(6, ITEM_COUNT).boxed().toList(), ids(pages));
            assertNull(pages.get(0).watermark());
        }
    }

    @Test
    void columnsAndConditionNarrowATableRead() throws Exception {
        try (Source source = open("{'table': 'items', 'columns': ['id', 'name'], 'where': 'id > 20', "
                + "'keyColumns': ['id']}")) {
            Page page = source.read(new PageRequest(null, 10, null));

            assertEquals(List.of(21, 22, 23, 24, 25), ids(List.of(page)));
            ObjectNode data = page.records().get(0).data();
            assertEquals(List.of("id", "name"), fieldNames(data));
        }
    }

    @Test
    void compositeKeysJoinTheirValues() throws Exception {
        try (Source source = open("{'table': 'items', 'keyColumns': ['name', 'id']}")) {
            assertEquals("item-01|1", source.read(new PageRequest(null, 1, null)).records().get(0).key());
        }
    }

    @Test
    void cancellationStopsReading() throws Exception {
        TestContext context = context(ITEMS);
        try (Source source = connector.openSource("select", context)) {
            Page first = source.read(new PageRequest(null, 10, null));
            context.cancel();

            ConnectorException stopped = assertThrows(ConnectorException.class,
                    () -> source.read(new PageRequest(first.next(), 10, null)));
            assertTrue(stopped.getMessage().contains("cancelled"), stopped.getMessage());
        }
    }

    @Test
    void aCursorFromElsewhereIsRefused() throws Exception {
        try (Source source = open(ITEMS)) {
            assertThrows(ConnectorException.class, () -> source.read(new PageRequest("{\"after\": [1, 2]}", 10, null)));
            assertThrows(ConnectorException.class, () -> source.read(new PageRequest("not json", 10, null)));
        }
    }

    @Test
    void aMissingKeyColumnIsNamedAtOpen() {
        ConnectorException missing = assertThrows(ConnectorException.class,
                () -> open("{'table': 'items', 'keyColumns': ['nope']}"));
        assertTrue(missing.getMessage().contains("'nope'"), missing.getMessage());
    }

    private static List<String> fieldNames(ObjectNode data) {
        return data.properties().stream().map(Map.Entry::getKey).toList();
    }
}
