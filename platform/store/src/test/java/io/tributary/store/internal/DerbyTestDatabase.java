package io.tributary.store.internal;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** An in-memory Derby database of its own; dropped on close, after which connecting fails. */
final class DerbyTestDatabase implements TestDatabase {

    /** Derby reports a successful drop or shutdown as this SQL state. */
    private static final String DATABASE_SHUT_DOWN = "08006";

    private final String url;
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private boolean dropped;

    private DerbyTestDatabase(String name) {
        url = "jdbc:derby:memory:" + name;
        // no create attribute here: once dropped, the data source must not silently make a new database
        dataSource.setDatabaseName("memory:" + name);
    }

    static DerbyTestDatabase create() throws SQLException {
        String name = "tributary_" + UUID.randomUUID().toString().replace("-", "");
        DerbyTestDatabase database = new DerbyTestDatabase(name);
        DriverManager.getConnection(database.url + ";create=true").close();
        return database;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.DERBY;
    }

    @Override
    public void close() throws SQLException {
        if (dropped) {
            return;
        }
        dropped = true;
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException e) {
            if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
