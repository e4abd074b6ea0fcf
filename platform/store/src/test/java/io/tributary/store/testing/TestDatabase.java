package io.tributary.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import io.tributary.api.store.Store;
import io.tributary.store.internal.DatabaseStore;

/**
 * A real database for one test, migrated by the store's runner with the scripts the store ships, removed on close:
 * in-memory Derby, or a schema of its own in the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust auth,
 * database test). If PostgreSQL is down the test fails: a skip would hide a broken setup.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { DERBY, POSTGRESQL }

    /** Derby reports a successful drop as this SQL state. */
    private static final String DATABASE_SHUT_DOWN = "08006";

    private final Kind kind;
    private final String name;
    private final DataSource dataSource;
    private Store store;

    private TestDatabase(Kind kind, String name, DataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
    }

    public static TestDatabase migrated(Kind kind) throws SQLException {
        TestDatabase database = kind == Kind.DERBY ? derby() : postgres();
        try {
            database.store = DatabaseStore.open(database.dataSource, ShippedMigrations.onClasspath());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The store service over this database, as the store component publishes it. */
    public Store store() {
        return store;
    }

    /** Every row of a table, each column (lower-case name) as text: what is really stored. */
    public List<Map<String, String>> rows(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, table);
        }
    }

    /** {@link #rows(String)} on a connection the caller holds, e.g. inside its own transaction. */
    public static List<Map<String, String>> rows(Connection connection, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            runOnPostgres("DROP SCHEMA " + name + " CASCADE");
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
        } catch (SQLException e) {
            if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static TestDatabase derby() throws SQLException {
        String name = "memory:test_" + UUID.randomUUID().toString().replace("-", "");
        DriverManager.getConnection("jdbc:derby:" + name + ";create=true").close();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        return new TestDatabase(Kind.DERBY, name, dataSource);
    }

    private static TestDatabase postgres() throws SQLException {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        runOnPostgres("CREATE SCHEMA " + schema);
        PGSimpleDataSource dataSource = postgresDataSource();
        dataSource.setCurrentSchema(schema);
        return new TestDatabase(Kind.POSTGRESQL, schema, dataSource);
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
