package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real database for one test class: a fresh, uniquely named schema (a database on MariaDB, an in-memory database
 * on Derby), an administrative connection into it that bypasses the connector, and the connector's connection
 * configuration for it. Closing it drops everything.
 */
abstract class TestDatabase implements AutoCloseable {

    final String schema = "trib_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Connection admin;

    /** Connects and creates the schema; fails the test with what to start when the server is not there. */
    final TestDatabase start() {
        try {
            admin = connectAdmin();
        } catch (SQLException e) {
            fail(product() + " is needed for these tests and is not reachable: " + whereToFind() + " ("
                    + e.getMessage() + ")", e);
        }
        try {
            createSchema(admin);
        } catch (SQLException e) {
            fail("could not create test schema " + schema + " in " + product() + ": " + e.getMessage(), e);
        }
        return this;
    }

    abstract String product();

    abstract String whereToFind();

    abstract Connection connectAdmin() throws SQLException;

    /** Creates the schema and makes it the admin connection's default. */
    abstract void createSchema(Connection connection) throws SQLException;

    abstract void dropSchema(Connection connection) throws SQLException;

    /** The connector's connection configuration, with this schema as default. */
    abstract ObjectNode connection();

    /** The column type for a timestamp with microseconds and no time zone. */
    String timestampType() {
        return "TIMESTAMP";
    }

    static ObjectNode connection(String url, String user, String password, String schema) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("url", url);
        if (user != null) {
            node.put("user", user);
        }
        if (password != null) {
            node.put("password", password);
        }
        return schema == null ? node : node.put("schema", schema);
    }

    void execute(String... statements) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The rows of a query, each as its column values in order. */
    List<List<Object>> query(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = admin.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    long count(String table) throws SQLException {
        return ((Number) query("SELECT COUNT(*) FROM " + table).get(0).get(0)).longValue();
    }

    @Override
    public void close() throws SQLException {
        if (admin != null) {
            try {
                dropSchema(admin);
            } finally {
                admin.close();
            }
        }
    }
}
