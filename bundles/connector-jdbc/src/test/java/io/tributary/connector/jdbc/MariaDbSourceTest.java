package io.tributary.connector.jdbc;

/** The select source's behaviour on MariaDB. */
class MariaDbSourceTest extends SourceBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new MariaDbTestDatabase();
    }
}
