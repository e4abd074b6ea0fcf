package io.tributary.connector.jdbc;

/** The write destination's behaviour on Derby. */
class DerbyDestinationTest extends DestinationBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new DerbyTestDatabase();
    }
}
