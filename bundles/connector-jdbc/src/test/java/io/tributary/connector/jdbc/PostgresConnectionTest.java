package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectionTest;

/**
 * Connection tests against PostgreSQL. The local server trusts every login of a role that exists, so a wrong
 * password cannot fail there: a role that does not exist stands in for it (both are SQLState class 28).
 */
class PostgresConnectionTest {

    private static final String PASSWORD = "s3cret-Passw0rd";
    private final JdbcConnector connector = new JdbcConnector();

    private ConnectionTest test(String url, String user, String password) {
        return connector.test(TestContext.of(TestDatabase.connection(url, user, password, null)));
    }

    @Test
    void aWorkingConnectionNamesTheServer() {
        ConnectionTest result = test(PostgresTestDatabase.URL, PostgresTestDatabase.USER, null);
        assertTrue(result.ok(), result.message());
        assertTrue(result.message().contains("PostgreSQL"), result.message());
    }

    @Test
    void rejectedCredentialsSayAuthenticationFailedWithoutThePassword() {
        ConnectionTest result = test(PostgresTestDatabase.URL, "tributary_nobody", PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("authentication failed"), result.message());
        assertFalse(result.message().contains(PASSWORD), result.message());
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        ConnectionTest result = test("jdbc:postgresql://127.0.0.1:5432/tributary_no_such_db", "postgres", PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("the database does not exist"), result.message());
        assertFalse(result.message().contains(PASSWORD), result.message());
    }

    @Test
    void aClosedPortIsARefusedConnection() {
        ConnectionTest result = test("jdbc:postgresql://127.0.0.1:1/test", "postgres", PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("connection refused"), result.message());
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        ConnectionTest result = test("jdbc:postgresql://no-such-host.invalid:5432/test", "postgres", PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("unknown host"), result.message());
    }

    @Test
    void aRefusedOptionFailsTheTestNamingIt() {
        ConnectionTest result = test(PostgresTestDatabase.URL + "?socketFactory=java.lang.Object", "postgres", null);
        assertFalse(result.ok());
        assertTrue(result.message().contains("'socketFactory'"), result.message());
    }
}
