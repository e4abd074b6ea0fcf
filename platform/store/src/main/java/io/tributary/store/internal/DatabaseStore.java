package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.store.Store;

/** The store over a migrated database; free of OSGi so its start-up logic can be tested on plain JDBC. */
public final class DatabaseStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStore.class);

    private final DataSource dataSource;
    private final DatabaseKind kind;
    private final int schemaVersion;

    private DatabaseStore(DataSource dataSource, DatabaseKind kind, int schemaVersion) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.schemaVersion = schemaVersion;
    }

    /** Detects the database kind and migrates its schema; throws if either fails. */
    public static DatabaseStore open(DataSource dataSource, ScriptSource scripts) {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        MigrationReport report = new MigrationRunner(dataSource, kind, scripts).migrate();
        LOG.info("Store ready on {} at schema version {} ({} migration(s) applied now)",
                kind.id(), report.schemaVersion(), report.appliedVersions().size());
        return new DatabaseStore(dataSource, kind, report.schemaVersion());
    }

    @Override
    public String kind() {
        return kind.id();
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public boolean isAvailable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }
}
