package io.tributary.itests;

import java.sql.SQLException;

/** The machine's MariaDB (127.0.0.1:3306, root without password), database {@code test}. */
final class MariaDb {

    static final String URL = "jdbc:mariadb://127.0.0.1:3306/test";
    private static final JdbcServer SERVER = new JdbcServer(URL, "root", "");

    private MariaDb() {
    }

    static void execute(String... statements) throws SQLException {
        try {
            SERVER.execute(statements);
        } catch (SQLException unknownDatabase) {
            new JdbcServer("jdbc:mariadb://127.0.0.1:3306/", "root", "").execute("CREATE DATABASE IF NOT EXISTS test");
            SERVER.execute(statements);
        }
    }

    static long count(String sql) throws SQLException {
        return SERVER.count(sql);
    }

    /** A jdbc connection of the workspace to this database, as the REST body creating it. */
    static String connectionBody(String workspaceId, String name, String connectorVersion) {
        return """
                {"workspaceId": "%s", "connector": {"id": "jdbc", "version": "%s"}, "name": "%s",
                 "config": {"url": "%s", "user": "root"}}
                """.formatted(workspaceId, connectorVersion, name, URL);
    }
}
