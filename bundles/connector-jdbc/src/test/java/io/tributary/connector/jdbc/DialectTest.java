package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;

/** Choosing a dialect by URL, and how each quotes the names a configuration gives. */
class DialectTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:x", "jdbc:sqlserver://h;databaseName=x", "jdbc:oracle:thin:@h:1521:x",
        "jdbc:sqlite:/tmp/x", "file:/etc/passwd", "", "   ", "postgresql://h/db", "jdbc:postgres://h/db"})
    void onlyTheServedDatabasesAreAccepted(String url) {
        assertThrows(ConnectorException.class, () -> Dialect.forUrl(url));
    }

    @Test
    void aMissingUrlIsRefused() {
        assertThrows(ConnectorException.class, () -> Dialect.forUrl(null));
    }

    @Test
    void postgresFoldsUniformNamesToLowerCase() throws ConnectorException {
        PostgresDialect dialect = new PostgresDialect();
        assertEquals("\"orders\"", dialect.table("ORDERS"));
        assertEquals("\"sales\".\"orders\"", dialect.table("sales.orders"));
        assertEquals("\"OrderLines\"", dialect.table("OrderLines"));
    }

    @Test
    void derbyFoldsUniformNamesToUpperCase() throws ConnectorException {
        DerbyDialect dialect = new DerbyDialect();
        assertEquals("\"APP\".\"ORDERS\"", dialect.table("app.orders"));
        assertEquals("\"OrderLines\"", dialect.table("OrderLines"));
        assertEquals("id", dialect.fieldName("ID"));
        assertEquals("MixedCase", dialect.fieldName("MixedCase"));
    }

    @Test
    void mariaDbQuotesNamesAsWritten() throws ConnectorException {
        assertEquals("`sales`.`Orders`", new MariaDbDialect().table("sales.Orders"));
    }

    @Test
    void pagesEndWithEachDatabasesLimitClause() {
        assertEquals("LIMIT 11", new PostgresDialect().limitClause(11));
        assertEquals("LIMIT 11", new MariaDbDialect().limitClause(11));
        assertEquals("FETCH FIRST 11 ROWS ONLY", new DerbyDialect().limitClause(11));
    }
}
