package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link StoreComponent} does on activation, without OSGi: detect, migrate, then serve. */
class DatabaseStoreTest {

    private DerbyTestDatabase database;

    @BeforeEach
    void openEmptyDatabase() throws Exception {
        database = DerbyTestDatabase.create();
    }

    @AfterEach
    void removeDatabase() throws Exception {
        database.close();
    }

    @Test
    void opensOnRealScriptsWithKindAndSchemaVersion() throws Exception {
        DatabaseStore store = DatabaseStore.open(database.dataSource(),
                DirectoryScriptSource.onClasspath(StoreComponent.MIGRATION_ROOT));

        assertEquals("derby", store.kind());
        assertEquals(DirectoryScriptSource.latestShippedVersion(), store.schemaVersion());
        assertSame(database.dataSource(), store.dataSource());
        assertTrue(database.tableExists("platform_setting"));
    }

    @Test
    void isAvailableWhileDatabaseAnswers() {
        DatabaseStore store = DatabaseStore.open(database.dataSource(),
                DirectoryScriptSource.onClasspath(StoreComponent.MIGRATION_ROOT));

        assertTrue(store.isAvailable(2));
    }

    @Test
    void isUnavailableWithoutThrowingOnceDatabaseIsGone() throws Exception {
        DatabaseStore store = DatabaseStore.open(database.dataSource(),
                DirectoryScriptSource.onClasspath(StoreComponent.MIGRATION_ROOT));

        database.close();

        assertFalse(store.isAvailable(2));
    }

    @Test
    void refusesToOpenWhenMigrationFails() {
        MigrationException failure = assertThrows(MigrationException.class, () -> DatabaseStore.open(
                database.dataSource(), DirectoryScriptSource.onClasspath("migrations/failing")));

        assertTrue(failure.getMessage().contains("V2__broken.sql"), failure.getMessage());
    }
}
