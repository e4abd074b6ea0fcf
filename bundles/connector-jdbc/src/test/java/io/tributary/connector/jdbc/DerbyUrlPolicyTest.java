package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;

/** Which Derby URLs the connector accepts: embedded databases by plain name only. */
class DerbyUrlPolicyTest {

    static String checked(String url, Properties properties) throws ConnectorException {
        Dialect dialect = Dialect.forUrl(url);
        assertInstanceOf(DerbyDialect.class, dialect);
        return dialect.checkedUrl(url, properties);
    }

    static String refusal(String url, Properties properties) {
        return assertThrows(ConnectorException.class, () -> checked(url, properties)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:derby:sales", "jdbc:derby:sales;create=true", "jdbc:derby:memory:sales_2024",
        "jdbc:derby:MEMORY:x;create=true;user=app;password=pw", "jdbc:derby:sales;territory=de_DE;collation=TERRITORY_BASED",
        "JDBC:DERBY:sales"})
    void plainNamesAndOpeningAttributesPass(String url) throws ConnectorException {
        assertTrue(checked(url, new Properties()).startsWith("jdbc:derby:"));
    }

    @Test
    void theNetworkServerIsRefused() {
        assertTrue(refusal("jdbc:derby://localhost:1527/sales", new Properties()).contains("jdbc:derby://"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:derby:jar:(/tmp/db.jar)sales", "jdbc:derby:classpath:sales",
        "jdbc:derby:directory:/var/db/sales", "jdbc:derby:memory:jar:x"})
    void subprotocolsOtherThanMemoryAreRefused(String url) {
        assertTrue(refusal(url, new Properties()).contains("subprotocol"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:derby:/opt/karaf/data/tributary/derby", "jdbc:derby:../tributary/derby",
        "jdbc:derby:data/tributary", "jdbc:derby:C\\db", "jdbc:derby:", "jdbc:derby:;databaseName=/tmp/x",
        "jdbc:derby:memory:"})
    void pathsAndEmptyNamesAreRefused(String url) {
        assertTrue(refusal(url, new Properties()).contains("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"restoreFrom", "createFrom", "rollForwardRecoveryFrom", "logDevice", "shutdown", "drop",
        "deregister", "databaseName", "dataEncryption", "upgrade", "RESTOREFROM"})
    void attributesThatRestoreMoveOrStopDatabasesAreRefused(String attribute) {
        String message = refusal("jdbc:derby:sales;create=true;" + attribute + "=/tmp/backup", new Properties());
        assertTrue(message.contains("'" + attribute + "'"), message);
    }

    @Test
    void attributesAreRefusedAsDriverPropertiesToo() {
        Properties properties = new Properties();
        properties.setProperty("shutdown", "true");
        assertTrue(refusal("jdbc:derby:sales", properties).contains("'shutdown'"));
    }

    @Test
    void userAndPasswordPropertiesPass() throws ConnectorException {
        Properties properties = new Properties();
        properties.setProperty("user", "app");
        properties.setProperty("password", "pw");
        assertEquals("jdbc:derby:sales", checked("jdbc:derby:sales", properties));
    }
}
