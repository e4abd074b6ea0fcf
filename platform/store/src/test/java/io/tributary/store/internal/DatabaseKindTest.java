package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Detection against real databases is in {@link MigrationRunnerContract#detectsKind()}. */
class DatabaseKindTest {

    @Test
    void mapsProductNamesToKinds() {
        assertEquals(DatabaseKind.DERBY, DatabaseKind.fromProductName("Apache Derby"));
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.fromProductName("PostgreSQL"));
        assertEquals("postgresql", DatabaseKind.POSTGRESQL.id());
    }

    @Test
    void refusesUnsupportedProductNamingIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DatabaseKind.fromProductName("MySQL"));

        assertTrue(refused.getMessage().contains("Unsupported database 'MySQL'"), refused.getMessage());
    }
}
