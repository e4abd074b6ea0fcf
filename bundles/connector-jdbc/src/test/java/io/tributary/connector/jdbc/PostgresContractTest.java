package io.tributary.connector.jdbc;

import java.util.List;

import io.tributary.connector.testkit.BrokenConnection;

class PostgresContractTest extends JdbcContractBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    // the local server trusts every role that exists, so a wrong login is a role that does not
    @Override
    protected List<BrokenConnection> brokenConnections() {
        return List.of(
                new BrokenConnection("unknown role", TestDatabase.connection(PostgresTestDatabase.URL,
                        "no_such_role", WRONG_PASSWORD, null), "authentication"),
                new BrokenConnection("missing database", TestDatabase.connection(
                        "jdbc:postgresql://127.0.0.1:5432/no_such_database_x", PostgresTestDatabase.USER, WRONG_PASSWORD, null),
                        "does not exist"),
                new BrokenConnection("refused port", TestDatabase.connection("jdbc:postgresql://127.0.0.1:1/test",
                        PostgresTestDatabase.USER, WRONG_PASSWORD, null), "refused"));
    }
}
