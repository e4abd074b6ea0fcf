package io.tributary.connector.jdbc;

import java.util.List;

import io.tributary.connector.testkit.BrokenConnection;

class MariaDbContractTest extends JdbcContractBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new MariaDbTestDatabase();
    }

    @Override
    protected List<BrokenConnection> brokenConnections() {
        return List.of(
                new BrokenConnection("wrong password", TestDatabase.connection(MariaDbTestDatabase.URL,
                        MariaDbTestDatabase.USER, WRONG_PASSWORD, null), "authentication"),
                new BrokenConnection("refused port", TestDatabase.connection("jdbc:mariadb://127.0.0.1:1/test",
                        MariaDbTestDatabase.USER, WRONG_PASSWORD, null), "refused"));
    }
}
