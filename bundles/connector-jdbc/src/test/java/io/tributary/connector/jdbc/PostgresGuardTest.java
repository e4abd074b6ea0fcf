package io.tributary.connector.jdbc;

import org.junit.jupiter.api.Test;

/** The guards on PostgreSQL, where a SELECT can change data through WITH clauses and functions. */
class PostgresGuardTest extends GuardBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void aDataModifyingWithClauseIsRefused() {
        refusedSelect("{'sql': 'WITH gone AS (DELETE FROM items RETURNING id) SELECT id FROM gone', "
                + "'keyColumns': ['id']}");
    }

    @Test
    void aQueryRunsReadOnlyEvenWhenAFunctionWrites() throws Exception {
        assertReadOnly("nextval(\\u0027guard_seq\\u0027)");
    }
}
