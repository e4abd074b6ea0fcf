package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The local MariaDB server: 127.0.0.1:3306, database test, user root with an empty password. */
final class MariaDbTestDatabase extends TestDatabase {

    static final String URL = "jdbc:mariadb://127.0.0.1:3306/test";
    static final String USER = "root";

    @Override
    String product() {
        return "MariaDB";
    }

    @Override
    String whereToFind() {
        return URL + " as user " + USER + " with an empty password";
    }

    @Override
    Connection connectAdmin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "5000");
        return new org.mariadb.jdbc.Driver().connect(URL, properties);
    }

    @Override
    void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
            statement.execute("USE " + schema);
        }
    }

    @Override
    void dropSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + schema);
        }
    }

    @Override
    ObjectNode connection() {
        return connection(URL, USER, "", schema);
    }

    @Override
    String timestampType() {
        // DATETIME, not TIMESTAMP: MariaDB's TIMESTAMP converts time zones and may update itself
        return "DATETIME(6)";
    }
}
