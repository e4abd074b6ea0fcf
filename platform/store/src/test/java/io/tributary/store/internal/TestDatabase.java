package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/** A real, empty database that exists for one test; {@link #close()} removes it. */
interface TestDatabase extends AutoCloseable {

    DataSource dataSource();

    DatabaseKind kind();

    @Override
    void close() throws SQLException;

    default boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet tables = metaData.getTables(null, connection.getSchema(), name, null)) {
                return tables.next();
            }
        }
    }

    default List<Integer> historyVersions() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        for (String version : column("SELECT version FROM tributary_schema_history ORDER BY version")) {
            versions.add(Integer.valueOf(version));
        }
        return versions;
    }

    /** The first column of every row, as text. */
    default List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    default void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
