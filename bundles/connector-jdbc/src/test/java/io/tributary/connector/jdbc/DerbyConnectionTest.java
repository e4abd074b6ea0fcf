package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectionTest;

/** Connection tests against embedded Derby. */
class DerbyConnectionTest {

    private final JdbcConnector connector = new JdbcConnector();

    private ConnectionTest test(String url) {
        return connector.test(TestContext.of(TestDatabase.connection(url, null, null, null)));
    }

    @Test
    void aWorkingConnectionNamesTheEngine() throws Exception {
        ConnectionTest result;
        try (TestDatabase database = new DerbyTestDatabase().start()) {
            result = connector.test(TestContext.of(database.connection()));
        }
        assertTrue(result.ok(), result.message());
        assertTrue(result.message().contains("Derby"), result.message());
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        ConnectionTest result = test("jdbc:derby:memory:tributary_no_such_db");
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("the database does not exist"), result.message());
    }

    @Test
    void theNetworkServerIsRefused() {
        ConnectionTest result = test("jdbc:derby://127.0.0.1:1527/db");
        assertFalse(result.ok());
        assertTrue(result.message().contains("jdbc:derby://"), result.message());
    }
}
