package io.tributary.connector.jdbc;

import java.util.List;

import io.tributary.connector.testkit.BrokenConnection;

class DerbyContractTest extends JdbcContractBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new DerbyTestDatabase();
    }

    @Override
    protected List<BrokenConnection> brokenConnections() {
        return List.of(new BrokenConnection("missing database",
                TestDatabase.connection("jdbc:derby:memory:no_such_database_x", null, null, null), "does not exist"));
    }
}
