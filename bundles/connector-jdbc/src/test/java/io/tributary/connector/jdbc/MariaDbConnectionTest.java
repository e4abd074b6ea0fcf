package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectionTest;

/** Connection tests against MariaDB, whose root user has an empty password here. */
class MariaDbConnectionTest {

    private static final String PASSWORD = "s3cret-Passw0rd";
    private final JdbcConnector connector = new JdbcConnector();

    private ConnectionTest test(String url, String user, String password) {
        return connector.test(TestContext.of(TestDatabase.connection(url, user, password, null)));
    }

    @Test
    void aWorkingConnectionNamesTheServer() {
        ConnectionTest result = test(MariaDbTestDatabase.URL, MariaDbTestDatabase.USER, "");
        assertTrue(result.ok(), result.message());
        assertTrue(result.message().contains("MariaDB") || result.message().contains("MySQL"), result.message());
    }

    @Test
    void theMysqlSchemeIsServedByTheSameDriver() {
        ConnectionTest result = test("jdbc:mysql://127.0.0.1:3306/test", MariaDbTestDatabase.USER, "");
        assertTrue(result.ok(), result.message());
    }

    @Test
    void aWrongPasswordSaysAuthenticationFailedWithoutThePassword() {
        ConnectionTest result = test(MariaDbTestDatabase.URL, MariaDbTestDatabase.USER, PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("authentication failed"), result.message());
        assertFalse(result.message().contains(PASSWORD), result.message());
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        ConnectionTest result = test("jdbc:mariadb://127.0.0.1:3306/tributary_no_such_db", "root", "");
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("the database does not exist"), result.message());
    }

    @Test
    void aClosedPortIsARefusedConnection() {
        ConnectionTest result = test("jdbc:mariadb://127.0.0.1:1/test", "root", PASSWORD);
        assertFalse(result.ok());
        assertTrue(result.message().startsWith("connection refused"), result.message());
        assertFalse(result.message().contains(PASSWORD), result.message());
    }

    @Test
    void localInfileCannotBeSwitchedOn() {
        ConnectionTest result = test(MariaDbTestDatabase.URL + "?allowLocalInfile=true", "root", "");
        assertFalse(result.ok());
        assertTrue(result.message().contains("'allowLocalInfile'"), result.message());
    }
}
