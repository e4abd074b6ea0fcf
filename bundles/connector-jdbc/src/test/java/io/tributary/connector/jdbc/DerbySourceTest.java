package io.tributary.connector.jdbc;

/** The select source's behaviour on Derby. */
class DerbySourceTest extends SourceBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new DerbyTestDatabase();
    }
}
