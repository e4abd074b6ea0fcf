package io.tributary.connector.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

/**
 * The tables the tests share: {@code items}, 25 rows of id, name and updated_at, shaped for the shared connector
 * contract as well; {@code people}, a write target; {@code mixed}, one column of each common type.
 */
final class Fixtures {

    static final int ITEM_COUNT = 25;
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** Row n has id n, name item-nn and updated_at 2024-01-01 00:nn, so later ids changed later. */
    static void createItems(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                + "updated_at " + database.timestampType() + " NOT NULL)");
        for (int id = 1; id <= ITEM_COUNT; id++) {
            database.execute(String.format("INSERT INTO items (id, name, updated_at) VALUES (%d, 'item-%02d', "
                    + "{ts '2024-01-01 00:%02d:00'})", id, id, id));
        }
    }

    static String updatedAt(int id) {
        return String.format("2024-01-01T00:%02d:00", id);
    }

    static void createPeople(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                + "score INTEGER, updated_at " + database.timestampType() + ")");
    }

    static void createMixed(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE mixed (id INTEGER NOT NULL PRIMARY KEY, big BIGINT, amount DECIMAL(12,2), "
                + "label VARCHAR(40), flag BOOLEAN, happened " + database.timestampType() + ")");
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Record record(String key, String data) {
        return new Record(key, json(data));
    }

    /** Every page of a read, from the given cursor to the end. */
    static List<Page> readAll(Source source, String cursor, int limit, String since) throws ConnectorException {
        List<Page> pages = new ArrayList<>();
        String next = cursor;
        do {
            Page page = source.read(new PageRequest(next, limit, since));
            pages.add(page);
            next = page.next();
        } while (next != null);
        return pages;
    }

    static List<Integer> ids(List<Page> pages) {
        return pages.stream().flatMap(page -> page.records().stream())
                .map(record -> record.data().get("id").asInt()).toList();
    }
}
