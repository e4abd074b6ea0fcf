package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The local PostgreSQL server: 127.0.0.1:5432, database test, user postgres with trust authentication. */
final class PostgresTestDatabase extends TestDatabase {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    @Override
    String product() {
        return "PostgreSQL";
    }

    @Override
    String whereToFind() {
        return URL + " as user " + USER + " (trust authentication)";
    }

    @Override
    Connection connectAdmin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "5");
        return new org.postgresql.Driver().connect(URL, properties);
    }

    @Override
    void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
        }
    }

    @Override
    void dropSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    ObjectNode connection() {
        ObjectNode connection = connection(URL, USER, null, schema);
        // names the connector's sessions, so that a test can end them as a server restart would
        connection.putObject("properties").put("ApplicationName", schema);
        return connection;
    }

    /** Ends the connector's sessions in this schema, waiting until they are gone. */
    void dropConnectorSessions() throws SQLException {
        query("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = '" + schema + "'");
    }
}
