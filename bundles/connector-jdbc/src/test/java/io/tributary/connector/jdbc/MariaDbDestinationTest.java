package io.tributary.connector.jdbc;

/** The write destination's behaviour on MariaDB. */
class MariaDbDestinationTest extends DestinationBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new MariaDbTestDatabase();
    }
}
