package io.tributary.connector.jdbc;

import org.junit.jupiter.api.Test;

/** The guards on MariaDB, whose driver does not make a connection read-only by itself. */
class MariaDbGuardTest extends GuardBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new MariaDbTestDatabase();
    }

    @Test
    void aQueryRunsReadOnlyEvenWhenAFunctionWrites() throws Exception {
        assertReadOnly("NEXTVAL(guard_seq)");
    }
}
