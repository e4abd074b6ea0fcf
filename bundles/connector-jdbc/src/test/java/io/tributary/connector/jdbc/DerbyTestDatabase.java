package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.derby.jdbc.EmbeddedDriver;

/** An in-memory Derby database of its own, with the test schema in it. */
final class DerbyTestDatabase extends TestDatabase {

    private String database() {
        return "memory:" + schema;
    }

    @Override
    String product() {
        return "Derby";
    }

    @Override
    String whereToFind() {
        return "the Derby engine on the test class path";
    }

    @Override
    Connection connectAdmin() throws SQLException {
        return new EmbeddedDriver().connect("jdbc:derby:" + database() + ";create=true", new Properties());
    }

    @Override
    void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET SCHEMA " + schema);
        }
    }

    @Override
    void dropSchema(Connection connection) throws SQLException {
        connection.close();
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + database() + ";drop=true", new Properties());
        } catch (SQLException dropped) {
            // Derby reports a successful drop as SQLState 08006
            if (!"08006".equals(dropped.getSQLState())) {
                throw dropped;
            }
        }
    }

    @Override
    ObjectNode connection() {
        return connection("jdbc:derby:" + database(), null, null, schema);
    }
}
