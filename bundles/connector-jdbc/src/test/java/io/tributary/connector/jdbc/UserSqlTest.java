package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;

/** What a user-written query or condition may be. */
class UserSqlTest {

    private final Dialect postgres = new PostgresDialect();

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM t", "select a from t;", "  WITH x AS (SELECT 1 AS a) SELECT a FROM x  ",
        "SELECT\n a\nFROM t -- trailing comment"})
    void aSingleSelectPasses(String sql) throws ConnectorException {
        UserSql.checkQuery(sql, postgres);
    }

    @Test
    void oneTrailingSemicolonIsDropped() throws ConnectorException {
        assertEquals("SELECT 1", UserSql.checkQuery(" SELECT 1 ; ", postgres));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM t", "UPDATE t SET a = 1", "selectx FROM t", "", "CALL p()",
        "SELECT 1; DELETE FROM t", "SELECT 1;; ", "SELECT ';' FROM t", "/* c */ SELECT 1", "INSERT INTO t SELECT 1"})
    void anythingButOneSelectIsRefused(String sql) {
        assertThrows(ConnectorException.class, () -> UserSql.checkQuery(sql, postgres));
    }

    @Test
    void aConditionIsOneExpression() throws ConnectorException {
        assertEquals("a > 1", UserSql.checkCondition(" a > 1 ", postgres));
        assertThrows(ConnectorException.class, () -> UserSql.checkCondition("a > 1; DROP TABLE t", postgres));
        assertThrows(ConnectorException.class, () -> UserSql.checkCondition("  ", postgres));
    }

    @Test
    void derbySystemRoutinesAreRefusedInAnyCase() {
        Dialect derby = new DerbyDialect();
        assertThrows(ConnectorException.class, () -> UserSql.checkQuery("SELECT * FROM TABLE(SysCs_Diag.x()) t", derby));
        assertThrows(ConnectorException.class, () -> UserSql.checkCondition("SYSCS_UTIL.f() = 1", derby));
    }

    @Test
    void aDerivedTableEndsAnyTrailingLineComment() {
        assertEquals("(\nSELECT 1 -- note\n) q", UserSql.derivedTable("SELECT 1 -- note"));
    }
}
