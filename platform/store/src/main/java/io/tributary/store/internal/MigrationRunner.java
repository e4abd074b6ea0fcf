package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest migration script. Each pending script runs in its own transaction together
 * with its history row, under the history table's exclusive lock, so a failure leaves nothing half-applied and
 * nodes sharing a database apply each script exactly once.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;
    private final DatabaseKind kind;
    private final ScriptSource source;
    private final SchemaHistory history = new SchemaHistory();

    public MigrationRunner(DataSource dataSource, DatabaseKind kind, ScriptSource source) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.source = source;
    }

    public MigrationReport migrate() {
        List<MigrationScript> scripts = MigrationPlan.scriptsFor(source, kind);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                history.createIfMissing(connection);
                MigrationReport report = applyPending(connection, scripts);
                connection.setAutoCommit(autoCommit);
                return report;
            } catch (SQLException | RuntimeException e) {
                rollBackAfter(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot migrate the " + kind.id() + " schema: " + e.getMessage(), e);
        }
    }

    /** One transaction per script: lock, re-read what other nodes applied meanwhile, apply the next one. */
    private MigrationReport applyPending(Connection connection, List<MigrationScript> scripts) throws SQLException {
        List<Integer> appliedNow = new ArrayList<>();
        while (true) {
            SortedMap<Integer, String> applied = history.lockAndReadApplied(connection);
            verifyApplied(applied, scripts);
            Optional<MigrationScript> next = scripts.stream()
                    .filter(script -> !applied.containsKey(script.version()))
                    .findFirst();
            if (next.isEmpty()) {
                connection.commit();
                return new MigrationReport(appliedNow, applied.isEmpty() ? 0 : applied.lastKey());
            }
            apply(connection, next.get());
            appliedNow.add(next.get().version());
        }
    }

    private static void verifyApplied(SortedMap<Integer, String> applied, List<MigrationScript> scripts) {
        Map<Integer, MigrationScript> byVersion = new HashMap<>();
        scripts.forEach(script -> byVersion.put(script.version(), script));
        applied.forEach((version, checksum) -> {
            MigrationScript script = byVersion.get(version);
            if (script == null) {
                throw new MigrationException("Migration version " + version
                        + " is applied in the database but its script is missing: is this an older Tributary?");
            }
            if (!script.checksum().equals(checksum)) {
                throw new MigrationException("Migration script " + script.label()
                        + " was changed after it was applied (checksum differs); add a new script instead");
            }
        });
        refuseOutOfOrder(applied, scripts);
    }

    /** A script older than the newest applied one would leave a gap that schemaVersion() cannot show. */
    private static void refuseOutOfOrder(SortedMap<Integer, String> applied, List<MigrationScript> scripts) {
        if (applied.isEmpty()) {
            return;
        }
        for (MigrationScript script : scripts) {
            if (script.version() < applied.lastKey() && !applied.containsKey(script.version())) {
                throw new MigrationException("Migration script " + script.label()
                        + " is older than the applied version " + applied.lastKey() + "; give it a higher number");
            }
        }
    }

    private void apply(Connection connection, MigrationScript script) throws SQLException {
        long start = System.nanoTime();
        List<String> statements = script.statements();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new MigrationException("Migration script " + script.label() + " failed at statement "
                            + (i + 1) + " of " + statements.size() + ": " + e.getMessage(), e);
                }
            }
        }
        long durationMillis = (System.nanoTime() - start) / 1_000_000;
        history.record(connection, script, durationMillis);
        connection.commit();
        LOG.info("Applied migration V{} ({}) to the {} schema in {} ms",
                script.version(), script.description(), kind.id(), durationMillis);
    }

    /** Releases the history lock and undoes the current script; keeps the original failure as the cause. */
    private static void rollBackAfter(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
