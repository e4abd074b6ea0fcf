package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which database errors are worth retrying, and what a failed connection attempt is called. */
class SqlErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "40XL1", "08006", "08001", "53300", "57P01", "55P03"})
    void deadlocksSerializationConnectionsAndResourcesAreRetryable(String state) {
        assertTrue(SqlErrors.isRetryable(new SQLException("x", state)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23000", "23502", "42P01", "22007", "28P01"})
    void constraintSyntaxAndDataErrorsAreNot(String state) {
        assertFalse(SqlErrors.isRetryable(new SQLException("x", state)));
    }

    @Test
    void transientExceptionsAndMariaDbLockCodesAreRetryable() {
        assertTrue(SqlErrors.isRetryable(new SQLTransientConnectionException("gone")));
        assertTrue(SqlErrors.isRetryable(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(SqlErrors.isRetryable(new SQLException("no state")));
    }

    @Test
    void connectionFailuresAreNamedByTheirCause() {
        Dialect postgres = new PostgresDialect();
        assertTrue(ConnectionCheck.describe(new SQLException("failed", "08001", new UnknownHostException("nohost")),
                postgres).startsWith("unknown host: nohost"));
        assertTrue(ConnectionCheck.describe(new SQLException("failed", "08001", new ConnectException("refused")),
                postgres).startsWith("connection refused"));
        assertTrue(ConnectionCheck.describe(new SQLException("bad password", "28P01"), postgres)
                .startsWith("authentication failed"));
        assertTrue(ConnectionCheck.describe(new SQLException("no db", "3D000"), postgres)
                .startsWith("the database does not exist"));
        assertEquals("something else", ConnectionCheck.describe(new SQLException("something else", "XX000"), postgres));
    }
}
