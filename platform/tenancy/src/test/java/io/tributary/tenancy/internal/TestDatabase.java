package io.tributary.tenancy.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real, empty database for one test, removed on close: in-memory Derby, or a schema of its own in the machine's
 * PostgreSQL (127.0.0.1:5432, user postgres, trust auth, database test). If PostgreSQL is down the test fails: a
 * skip would hide a broken setup.
 */
public interface TestDatabase extends AutoCloseable {

    enum Kind { DERBY, POSTGRESQL }

    DataSource dataSource();

    @Override
    void close() throws SQLException;

    static TestDatabase create(Kind kind) throws SQLException {
        return kind == Kind.DERBY ? derby() : postgres();
    }

    private static TestDatabase derby() throws SQLException {
        String name = "memory:tenancy_" + UUID.randomUUID().toString().replace("-", "");
        DriverManager.getConnection("jdbc:derby:" + name + ";create=true").close();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        return new TestDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void close() throws SQLException {
                try {
                    DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
                } catch (SQLException e) {
                    // Derby reports a successful drop as SQL state 08006
                    if (!"08006".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        };
    }

    private static TestDatabase postgres() throws SQLException {
        String schema = "tenancy_test_" + UUID.randomUUID().toString().replace("-", "");
        runOnPostgres("CREATE SCHEMA " + schema);
        PGSimpleDataSource dataSource = postgresDataSource();
        dataSource.setCurrentSchema(schema);
        return new TestDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void close() throws SQLException {
                runOnPostgres("DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    private static void runOnPostgres(String sql) throws SQLException {
        try (Connection connection = postgresDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL at 127.0.0.1:5432 (user postgres, database test) is required by"
                    + " these tests: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static PGSimpleDataSource postgresDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {5432});
        dataSource.setDatabaseName("test");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);
        return dataSource;
    }
}
