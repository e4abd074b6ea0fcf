package io.tributary.store.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMigratedDatabaseHasEveryShippedScriptAppliedAndIsGoneAfterClose(TestDatabase.Kind kind)
            throws SQLException {
        TestDatabase database = TestDatabase.migrated(kind);

        List<Map<String, String>> history = database.rows("tributary_schema_history");
        assertTrue(history.size() >= 4, "history: " + history);
        assertEquals(String.valueOf(database.store().schemaVersion()), history.get(history.size() - 1).get("version"));
        assertEquals(List.of(), database.rows("tenant"));

        database.close();
        assertThrows(SQLException.class, () -> database.rows("tenant"));
    }
}
