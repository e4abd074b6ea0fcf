package io.tributary.store.jdbc;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** An in-memory Derby database with one table, {@code item}, dropped on close. */
final class DerbyDatabase implements AutoCloseable {

    /** Derby reports a successful drop as this SQL state. */
    private static final String DATABASE_SHUT_DOWN = "08006";

    private final String url;
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    DerbyDatabase() throws SQLException {
        String name = "jdbc_" + UUID.randomUUID().toString().replace("-", "");
        url = "jdbc:derby:memory:" + name;
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        new Database(dataSource).transaction(c -> Jdbc.update(c, "CREATE TABLE item (name VARCHAR(50) PRIMARY KEY,"
                + " amount INTEGER, total BIGINT, active BOOLEAN, created_at TIMESTAMP)"));
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException e) {
            if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
