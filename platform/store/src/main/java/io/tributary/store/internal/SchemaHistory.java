package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The table recording applied migrations. Its exclusive table lock is what serializes several nodes migrating
 * one shared database. Callers run with autocommit off; this class commits only the table's creation.
 */
final class SchemaHistory {

    static final String TABLE = "tributary_schema_history";

    private static final String CREATE_TABLE = "CREATE TABLE " + TABLE + " ("
            + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
            + "applied_at TIMESTAMP NOT NULL, duration_ms BIGINT NOT NULL)";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (version, description, checksum, applied_at, duration_ms) VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?)";

    void createIfMissing(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            // another node may have created it between our check and our CREATE: that is fine
            if (!exists(connection)) {
                throw e;
            }
        }
    }

    /** Takes the exclusive lock, held until the transaction ends, then reads version to checksum. */
    SortedMap<Integer, String> lockAndReadApplied(Connection connection) throws SQLException {
        SortedMap<Integer, String> applied = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
            try (ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + TABLE)) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    void record(Connection connection, MigrationScript script, long durationMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setString(3, script.checksum());
            insert.setLong(4, durationMillis);
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = metaData.storesUpperCaseIdentifiers() ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
        String escape = metaData.getSearchStringEscape();
        try (ResultSet tables = metaData.getTables(null, likeLiteral(connection.getSchema(), escape),
                likeLiteral(name, escape), new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Metadata lookups take LIKE patterns, in which '_' and '%' are wildcards. */
    private static String likeLiteral(String value, String escape) {
        if (escape == null || escape.isEmpty()) {
            return value;
        }
        return value.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
