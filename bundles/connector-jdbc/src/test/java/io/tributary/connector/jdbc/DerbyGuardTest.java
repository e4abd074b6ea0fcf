package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The guards on Derby, which runs inside the platform's JVM and can read its files through system routines. */
class DerbyGuardTest extends GuardBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new DerbyTestDatabase();
    }

    @Test
    void systemRoutinesAreRefused() {
        String message = refusedSelect("{'sql': 'SELECT * FROM TABLE (SYSCS_DIAG.ERROR_LOG_READER()) t', "
                + "'keyColumns': ['id']}").getMessage();
        assertTrue(message.contains("SYSCS_"), message);
    }

    @Test
    void systemRoutinesAreRefusedInConditionsToo() {
        refusedSelect("{'table': 'items', 'where': 'id > syscs_util.syscs_peek_at_identity(null, null)', "
                + "'keyColumns': ['id']}");
    }
}
