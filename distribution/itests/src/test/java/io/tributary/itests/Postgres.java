package io.tributary.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The machine's PostgreSQL (127.0.0.1:5432, trust auth), database {@code test}: tables for flows to read and write. */
final class Postgres {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Postgres() {
    }

    static void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long count(String sql) throws SQLException {
        return strings(sql).stream().mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    /** The first column of every row, as text. */
    static List<String> strings(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** A jdbc connection of the workspace to this database, as the REST body creating it. */
    static String connectionBody(String workspaceId, String name) {
        return """
                {"workspaceId": "%s", "connector": {"id": "jdbc", "version": "1.0.0"}, "name": "%s",
                 "config": {"url": "%s", "user": "postgres", "password": "unused-with-trust-auth"}}
                """.formatted(workspaceId, name, URL);
    }
}
