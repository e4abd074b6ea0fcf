package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import io.tributary.api.connector.ConnectorException;

/** MariaDB, and MySQL through the same embedded MariaDB driver. */
final class MariaDbDialect extends Dialect {

    static final String PREFIX = "jdbc:mariadb:";
    static final String MYSQL_PREFIX = "jdbc:mysql:";

    /**
     * Options that instantiate a class (socket factory), read local files or sockets (LOAD DATA LOCAL, RSA key file,
     * key and trust stores, Unix socket, named pipe), or take credentials from the platform host (environment,
     * system properties, AWS, Kerberos, the JVM's key store). Aliases the driver accepts are listed too.
     */
    static final Set<String> REFUSED = Set.of(
            "socketfactory", "allowlocalinfile", "allowloadlocalinfile", "serverrsapublickeyfile", "credentialtype",
            "localsocket", "pipe", "keystore", "truststore", "clientcertificatekeystoreurl",
            "trustcertificatekeystoreurl", "fallbacktosystemkeystore", "restrictedauth", "serviceprincipalname");

    /** Challenge-response logins only: no clear-text password, no PAM dialog, no Kerberos ticket of the host. */
    private static final String AUTH_PLUGINS = "mysql_native_password,client_ed25519,caching_sha2_password,parsec";

    private static final String SERVER_CERT = "serversslcert";

    @Override
    String product() {
        return "MariaDB";
    }

    @Override
    String checkedUrl(String url, Properties properties) throws ConnectorException {
        int query = url.indexOf('?');
        List<String> names = new ArrayList<>(UrlOptions.parenthesizedKeys(query < 0 ? url : url.substring(0, query)));
        names.addAll(UrlOptions.queryNames(url));
        names.addAll(UrlOptions.propertyNames(properties));
        UrlOptions.refuse(product(), names, REFUSED);
        checkServerCertificate(url, properties);
        boolean mysql = url.strip().regionMatches(true, 0, MYSQL_PREFIX, 0, MYSQL_PREFIX.length());
        // the driver takes jdbc:mysql: only with an extra flag; it serves both the same way
        return withPrefix(url, mysql ? MYSQL_PREFIX.length() : PREFIX.length(), PREFIX);
    }

    /** A server certificate may be given inline as PEM, never as a path to a file on the platform host. */
    private void checkServerCertificate(String url, Properties properties) throws ConnectorException {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(UrlOptions.queryPairs(url));
        properties.stringPropertyNames().forEach(name -> pairs.add(Map.entry(name, properties.getProperty(name))));
        for (Map.Entry<String, String> pair : pairs) {
            if (UrlOptions.normalize(pair.getKey()).equals(SERVER_CERT)
                    && !UrlOptions.decode(pair.getValue()).strip().startsWith("-----BEGIN CERTIFICATE-----")) {
                throw new ConnectorException("MariaDB option '" + pair.getKey().strip()
                        + "' must hold the certificate itself (PEM), not a file name or URL", false);
            }
        }
    }

    @Override
    void addSafeDefaults(Properties properties) {
        // the driver allows LOAD DATA LOCAL INFILE unless told otherwise
        properties.setProperty("allowLocalInfile", "false");
        properties.setProperty("fallbackToSystemKeyStore", "false");
        properties.setProperty("restrictedAuth", AUTH_PLUGINS);
        properties.putIfAbsent("connectTimeout", "10000");
    }

    @Override
    Driver driver() {
        return new org.mariadb.jdbc.Driver();
    }

    @Override
    String fold(String identifier) {
        return identifier;
    }

    @Override
    String quote(String exactIdentifier) {
        return '`' + exactIdentifier + '`';
    }

    @Override
    String limitClause(int rows) {
        return "LIMIT " + rows;
    }

    @Override
    WriteSql upsert(String table, List<Column> columns, List<Column> keys) {
        List<Column> others = columns.stream().filter(column -> !keys.contains(column)).toList();
        // with nothing but the key to change, assigning the key to itself keeps the row as it is
        List<Column> assigned = others.isEmpty() ? keys.subList(0, 1) : others;
        String updates = assigned.stream()
                .map(column -> quote(column.label()) + " = VALUES(" + quote(column.label()) + ")")
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table + " (" + quoteAll(columns) + ") VALUES (" + WriteStatements.marks(columns)
                + ") ON DUPLICATE KEY UPDATE " + updates;
        return new WriteSql(sql, columns);
    }

    @Override
    String validationQuery() {
        return "SELECT 1";
    }

    @Override
    String useSchemaStatement(String schema) {
        return "USE " + quote(schema);
    }

    @Override
    boolean isMissingDatabase(SQLException e) {
        return e.getErrorCode() == 1049;
    }

    @Override
    void beginReadOnly(Connection connection) throws SQLException {
        // the driver's setReadOnly only steers replica routing; the server is told explicitly
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION READ ONLY");
        }
        connection.setAutoCommit(false);
    }
}
