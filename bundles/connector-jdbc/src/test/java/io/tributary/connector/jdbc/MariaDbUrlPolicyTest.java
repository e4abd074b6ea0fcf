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

/** Which MariaDB and MySQL URLs and driver properties the connector accepts. */
class MariaDbUrlPolicyTest {

    private static final String BASE = "jdbc:mariadb://db.example.com:3306/sales";

    static String checked(String url, Properties properties) throws ConnectorException {
        Dialect dialect = Dialect.forUrl(url);
        assertInstanceOf(MariaDbDialect.class, dialect);
        return dialect.checkedUrl(url, properties);
    }

    static ConnectorException refused(String url, Properties properties) {
        return assertThrows(ConnectorException.class, () -> checked(url, properties));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, BASE + "?sslMode=verify-full&connectTimeout=3000",
        "jdbc:mariadb:replication://a,b/sales", "jdbc:mariadb://address=(host=a)(port=3306)(type=primary)/sales"})
    void plainUrlsAndHarmlessOptionsPass(String url) throws ConnectorException {
        assertEquals(url, checked(url, new Properties()));
    }

    @Test
    void theMysqlSchemeBecomesTheMariadbScheme() throws ConnectorException {
        assertEquals("jdbc:mariadb://db/sales?useSsl=true", checked("JDBC:MySQL://db/sales?useSsl=true", new Properties()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory", "allowLocalInfile", "allowLoadLocalInfile", "serverRsaPublicKeyFile",
        "credentialType", "localSocket", "pipe", "keyStore", "trustStore", "clientCertificateKeyStoreUrl",
        "trustCertificateKeyStoreUrl", "fallbackToSystemKeyStore", "restrictedAuth", "servicePrincipalName"})
    void optionsThatRunCodeReadFilesOrBorrowCredentialsAreRefused(String option) {
        String message = refused(BASE + "?useSsl=true&" + option + "=x", new Properties()).getMessage();
        assertTrue(message.contains("'" + option + "'"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALLOWLOCALINFILE", "AllowLocalInfile", "allow%4cocalInfile"})
    void caseAndEscapesDoNotSlipThrough(String option) {
        refused(BASE + "?" + option + "=true", new Properties());
    }

    @Test
    void optionsAreRefusedAsDriverPropertiesToo() {
        Properties properties = new Properties();
        properties.setProperty("credentialType", "ENV");
        assertTrue(refused(BASE, properties).getMessage().contains("'credentialType'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"address=(host=a)(localSocket=/var/run/mysqld/mysqld.sock)",
        "address=(host=a)(pipe=\\\\.\\pipe\\mysql)", "address=(host=a)(LocalSocket=/tmp/s)"})
    void localSocketsInsideTheAddressAreRefused(String address) {
        refused("jdbc:mariadb://" + address + "/sales", new Properties());
    }

    @Test
    void aServerCertificateMustBeInlinePem() throws ConnectorException {
        refused(BASE + "?serverSslCert=/etc/ssl/private/key.pem", new Properties());
        refused(BASE + "?serverSslCert=classpath:cert.pem", new Properties());
        checked(BASE + "?serverSslCert=-----BEGIN%20CERTIFICATE-----MIIB-----END%20CERTIFICATE-----",
                new Properties());
    }

    @Test
    void safeDefaultsCloseLocalInfileAndAmbientCredentials() {
        Properties properties = new Properties();
        new MariaDbDialect().addSafeDefaults(properties);
        assertEquals("false", properties.getProperty("allowLocalInfile"));
        assertEquals("false", properties.getProperty("fallbackToSystemKeyStore"));
        assertTrue(!properties.getProperty("restrictedAuth").contains("gssapi"));
    }
}
