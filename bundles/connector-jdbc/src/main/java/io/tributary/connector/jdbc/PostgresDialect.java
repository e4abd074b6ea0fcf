package io.tributary.connector.jdbc;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import io.tributary.api.connector.ConnectorException;

/** PostgreSQL through the embedded pgjdbc driver. */
final class PostgresDialect extends Dialect {

    static final String PREFIX = "jdbc:postgresql:";

    /**
     * Options that instantiate a class by name (socket/SSL factories, verifiers, callbacks, auth plugins, XML
     * factories), write or read files on the platform host (logger file, client key and certificates, which TLS would
     * even send to the server, pg_service.conf), or log in with the host's Kerberos identity.
     */
    static final Set<String> REFUSED = Set.of(
            "socketfactory", "socketfactoryarg", "sslfactory", "sslfactoryarg", "sslhostnameverifier",
            "sslpasswordcallback", "authenticationpluginclassname", "xmlfactoryfactory",
            "loggerfile", "loggerlevel", "sslkey", "sslcert", "sslrootcert", "service",
            "jaaslogin", "jaasapplicationname", "gsslib", "gssusedefaultcreds", "gssencmode", "sspiserviceclass",
            "usespnego", "kerberosservername");

    @Override
    String product() {
        return "PostgreSQL";
    }

    @Override
    String checkedUrl(String url, Properties properties) throws ConnectorException {
        List<String> names = new ArrayList<>(UrlOptions.queryNames(url));
        names.addAll(UrlOptions.propertyNames(properties));
        UrlOptions.refuse(product(), names, REFUSED);
        return withPrefix(url, PREFIX.length(), PREFIX);
    }

    @Override
    void addSafeDefaults(Properties properties) {
        // without a password pgjdbc reads the platform host's ~/.pgpass
        properties.putIfAbsent("password", "");
        properties.setProperty("gssEncMode", "disable");
        properties.putIfAbsent("connectTimeout", "10");
    }

    @Override
    Driver driver() {
        return new org.postgresql.Driver();
    }

    @Override
    String fold(String identifier) {
        return foldUniform(identifier, false);
    }

    @Override
    String quote(String exactIdentifier) {
        return '"' + exactIdentifier + '"';
    }

    @Override
    String limitClause(int rows) {
        return "LIMIT " + rows;
    }

    @Override
    WriteSql upsert(String table, List<Column> columns, List<Column> keys) {
        List<Column> others = columns.stream().filter(column -> !keys.contains(column)).toList();
        String onConflict = others.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + others.stream()
                .map(column -> quote(column.label()) + " = EXCLUDED." + quote(column.label()))
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table + " (" + quoteAll(columns) + ") VALUES (" + WriteStatements.marks(columns)
                + ") ON CONFLICT (" + quoteAll(keys) + ") " + onConflict;
        return new WriteSql(sql, columns);
    }

    @Override
    String validationQuery() {
        return "SELECT 1";
    }

    @Override
    String useSchemaStatement(String schema) {
        return "SET search_path TO " + quote(fold(schema));
    }

    @Override
    boolean isMissingDatabase(SQLException e) {
        return "3D000".equals(e.getSQLState());
    }
}
