package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The runner's behaviour, which must hold on every supported database; one subclass per dialect. */
abstract class MigrationRunnerContract {

    private TestDatabase database;

    abstract TestDatabase openDatabase() throws Exception;

    @BeforeEach
    void openEmptyDatabase() throws Exception {
        database = openDatabase();
    }

    @AfterEach
    void removeDatabase() throws Exception {
        database.close();
    }

    private MigrationReport migrate(String folder) {
        ScriptSource scripts = DirectoryScriptSource.onClasspath("migrations/" + folder);
        return new MigrationRunner(database.dataSource(), database.kind(), scripts).migrate();
    }

    @Test
    void detectsKind() {
        assertEquals(database.kind(), DatabaseKind.of(database.dataSource()));
    }

    @Test
    void appliesAllScriptsInNumericOrderAndRecordsHistory() throws Exception {
        MigrationReport report = migrate("basic");

        assertEquals(List.of(1, 2, 10), report.appliedVersions());
        assertEquals(10, report.schemaVersion());
        assertTrue(database.tableExists("customer_order"));
        assertEquals(List.of(1, 2, 10), database.historyVersions());
        assertEquals(List.of("create customer order"),
                database.column("SELECT description FROM tributary_schema_history WHERE version = 2"));
        for (String checksum : database.column("SELECT checksum FROM tributary_schema_history")) {
            assertTrue(checksum.matches("[0-9a-f]{64}"), checksum);
        }
    }

    @Test
    void secondRunAppliesNothing() throws Exception {
        migrate("basic");

        MigrationReport second = migrate("basic");

        assertEquals(List.of(), second.appliedVersions());
        assertEquals(10, second.schemaVersion());
        assertEquals(List.of(1, 2, 10), database.historyVersions());
    }

    @Test
    void appliesNewScriptOnTop() throws Exception {
        migrate("basic");

        MigrationReport next = migrate("basic-next");

        assertEquals(List.of(11), next.appliedVersions());
        assertEquals(11, next.schemaVersion());
        assertTrue(database.tableExists("invoice"));
    }

    @Test
    void refusesChangedChecksumOfAppliedScript() {
        migrate("basic");

        MigrationException refused = assertThrows(MigrationException.class, () -> migrate("basic-changed"));

        assertTrue(refused.getMessage().contains("V2__create_customer_order.sql was changed"), refused.getMessage());
    }

    @Test
    void refusesWhenAppliedScriptIsMissing() {
        migrate("basic-next");

        MigrationException refused = assertThrows(MigrationException.class, () -> migrate("basic"));

        assertTrue(refused.getMessage().contains("version 11 is applied"), refused.getMessage());
    }

    @Test
    void refusesScriptOlderThanAppliedVersion() throws Exception {
        migrate("basic");

        MigrationException refused = assertThrows(MigrationException.class, () -> migrate("basic-late"));

        assertTrue(refused.getMessage().contains("V3__create_note.sql is older"), refused.getMessage());
        assertFalse(database.tableExists("note"));
    }

    @Test
    void failingScriptRollsBackAndNamesScriptAndStatement() throws Exception {
        MigrationException failure = assertThrows(MigrationException.class, () -> migrate("failing"));

        String message = failure.getMessage();
        assertTrue(message.contains("V2__broken.sql failed at statement 3 of 3"), message);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("no_such_table"), "database's message: " + message);
        assertFalse(database.tableExists("broken_part"));
        assertEquals(List.of(1), database.historyVersions());
    }

    @Test
    void dialectScriptOverridesCommonScriptOfSameVersion() throws Exception {
        MigrationReport report = migrate("override");

        assertEquals(List.of(1, 2), report.appliedVersions());
        assertEquals(List.of(database.kind().id()), database.column("SELECT origin FROM greeting"));
        assertEquals(List.of("create greeting for " + database.kind().id()),
                database.column("SELECT description FROM tributary_schema_history WHERE version = 1"));
        assertTrue(database.tableExists("farewell"));
    }

    @Test
    void refusesDuplicateVersionNumbersBeforeTouchingDatabase() throws Exception {
        MigrationException refused = assertThrows(MigrationException.class, () -> migrate("duplicate"));

        assertTrue(refused.getMessage().contains("share version 1"), refused.getMessage());
        assertFalse(database.tableExists(SchemaHistory.TABLE));
    }

    @Test
    void appliesRealPlatformSettingsMigration() throws Exception {
        ScriptSource realScripts = DirectoryScriptSource.onClasspath(StoreComponent.MIGRATION_ROOT);

        MigrationReport report = new MigrationRunner(database.dataSource(), database.kind(), realScripts).migrate();

        assertEquals(DirectoryScriptSource.latestShippedVersion(), report.schemaVersion());
        database.execute("INSERT INTO platform_setting (name, setting_value, updated_at)"
                + " VALUES ('greeting', 'hello', CURRENT_TIMESTAMP)");
        assertEquals(List.of("hello"), database.column("SELECT setting_value FROM platform_setting"));
    }

    @RepeatedTest(3)
    void racingRunnersApplyEachScriptExactlyOnce() throws Exception {
        CyclicBarrier startTogether = new CyclicBarrier(2);
        Callable<MigrationReport> racer = () -> {
            startTogether.await();
            return migrate("basic");
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Integer> appliedByEither = new ArrayList<>();
            for (Future<MigrationReport> result : threads.invokeAll(List.of(racer, racer))) {
                appliedByEither.addAll(result.get().appliedVersions());
            }
            appliedByEither.sort(Comparator.naturalOrder());
            assertEquals(List.of(1, 2, 10), appliedByEither);
            assertEquals(List.of(1, 2, 10), database.historyVersions());
        } finally {
            threads.shutdownNow();
        }
    }
}
