package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own in the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust auth, database test),
 * dropped on close. If the server is down the test fails: CI starts it, so a skip would hide a broken setup.
 */
final class PostgresTestDatabase implements TestDatabase {

    private static final String SERVER = "PostgreSQL at 127.0.0.1:5432 (user postgres, database test)";

    private final String schema = "tributary_test_" + UUID.randomUUID().toString().replace("-", "");
    private final PGSimpleDataSource dataSource = newDataSource();

    private PostgresTestDatabase() {
        dataSource.setCurrentSchema(schema);
    }

    static PostgresTestDatabase create() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        try {
            database.runAsAdmin("CREATE SCHEMA " + database.schema);
        } catch (SQLException e) {
            throw new IllegalStateException(SERVER + " is required by these tests and did not answer: "
                    + e.getMessage(), e);
        }
        return database;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public void close() throws SQLException {
        runAsAdmin("DROP SCHEMA " + schema + " CASCADE");
    }

    private void runAsAdmin(String sql) throws SQLException {
        try (Connection connection = newDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static PGSimpleDataSource newDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {5432});
        dataSource.setDatabaseName("test");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);
        return dataSource;
    }
}
