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

/** Which PostgreSQL URLs and driver properties the connector accepts. */
class PostgresUrlPolicyTest {

    private static final String BASE = "jdbc:postgresql://db.example.com:5432/sales";

    static String checked(String url, Properties properties) throws ConnectorException {
        Dialect dialect = Dialect.forUrl(url);
        assertInstanceOf(PostgresDialect.class, dialect);
        return dialect.checkedUrl(url, properties);
    }

    static ConnectorException refused(String url, Properties properties) {
        return assertThrows(ConnectorException.class, () -> checked(url, properties));
    }

    static Properties properties(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, BASE + "?sslmode=verify-full&ApplicationName=tributary",
        "jdbc:postgresql://a:5432,b:5433/sales?targetServerType=primary", "jdbc:postgresql:sales",
        "  JDBC:PostgreSQL://db/sales?connectTimeout=3  "})
    void plainUrlsAndHarmlessOptionsPass(String url) throws ConnectorException {
        assertTrue(checked(url, new Properties()).startsWith("jdbc:postgresql:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory", "socketFactoryArg", "sslfactory", "sslfactoryarg", "sslhostnameverifier",
        "sslpasswordcallback", "authenticationPluginClassName", "xmlFactoryFactory", "loggerFile", "loggerLevel",
        "sslkey", "sslcert", "sslrootcert", "service", "jaasLogin", "gssUseDefaultCreds", "gsslib", "gssEncMode",
        "sspiServiceClass", "useSpnego", "kerberosServerName", "jaasApplicationName"})
    void optionsThatRunCodeReadFilesOrBorrowCredentialsAreRefusedInTheUrl(String option) {
        String message = refused(BASE + "?ApplicationName=x&" + option + "=anything", new Properties()).getMessage();
        assertTrue(message.contains("'" + option + "'"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory", "sslfactory", "sslcert", "loggerFile"})
    void theSameOptionsAreRefusedAsDriverProperties(String option) {
        String message = refused(BASE, properties(option, "x")).getMessage();
        assertTrue(message.contains("'" + option + "'"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOCKETFACTORY", "SocketFactory", "socket%46actory", "socket%66actory", " socketFactory",
        "futureThingFactory", "someCallback", "customClassName", "anyFile"})
    void caseEscapesAndUnknownDangerousNamesDoNotSlipThrough(String option) {
        refused(BASE + "?" + option + "=org.example.Evil", new Properties());
    }

    @Test
    void theOptionWithoutAValueIsCheckedToo() {
        refused(BASE + "?sslfactory", new Properties());
    }

    @Test
    void safeDefaultsStopPgpassAndKerberos() {
        Properties properties = new Properties();
        new PostgresDialect().addSafeDefaults(properties);
        assertEquals("", properties.getProperty("password"), "without a password pgjdbc would read ~/.pgpass");
        assertEquals("disable", properties.getProperty("gssEncMode"));
    }

    @Test
    void aGivenPasswordIsKept() {
        Properties properties = properties("password", "secret");
        new PostgresDialect().addSafeDefaults(properties);
        assertEquals("secret", properties.getProperty("password"));
    }
}
