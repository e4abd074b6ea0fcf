package io.tributary.itests;

import java.sql.SQLException;
import java.util.List;

/** The machine's PostgreSQL (127.0.0.1:5432, trust auth), database {@code test}: tables for flows to read and write. */
final class Postgres {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Postgres() {
    }

    private static final JdbcServer SERVER = new JdbcServer(URL, "postgres", "");

    static void execute(String... statements) throws SQLException {
        SERVER.execute(statements);
    }

    static long count(String sql) throws SQLException {
        return SERVER.count(sql);
    }

    /** The first column of every row, as text. */
    static List<String> strings(String sql) throws SQLException {
        return SERVER.strings(sql);
    }

    /** A jdbc connection of the workspace to this database, as the REST body creating it. */
    static String connectionBody(String workspaceId, String name) {
        return """
                {"workspaceId": "%s", "connector": {"id": "jdbc", "version": "1.0.0"}, "name": "%s",
                 "config": {"url": "%s", "user": "postgres", "password": "unused-with-trust-auth"}}
                """.formatted(workspaceId, name, URL);
    }
}
