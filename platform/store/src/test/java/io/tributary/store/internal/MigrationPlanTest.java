package io.tributary.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationPlanTest {

    private static final ScriptSource ORPHAN_OVERRIDE = DirectoryScriptSource.onClasspath("migrations/orphan-override");

    @Test
    void ordersScriptsByNumberNotByName() {
        List<MigrationScript> scripts =
                MigrationPlan.scriptsFor(DirectoryScriptSource.onClasspath("migrations/basic"), DatabaseKind.DERBY);

        assertEquals(List.of(1, 2, 10), scripts.stream().map(MigrationScript::version).toList());
    }

    @Test
    void refusesDialectScriptWithoutCommonScriptToReplace() {
        MigrationException refused = assertThrows(MigrationException.class,
                () -> MigrationPlan.scriptsFor(ORPHAN_OVERRIDE, DatabaseKind.DERBY));

        assertTrue(refused.getMessage().contains("derby/V2__derby_only.sql has no common script"),
                refused.getMessage());
    }

    @Test
    void ignoresOtherDialectsFolders() {
        List<MigrationScript> scripts = MigrationPlan.scriptsFor(ORPHAN_OVERRIDE, DatabaseKind.POSTGRESQL);

        assertEquals(List.of("V1__create_greeting.sql"), scripts.stream().map(MigrationScript::label).toList());
    }
}
