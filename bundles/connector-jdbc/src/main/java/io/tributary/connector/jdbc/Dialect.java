package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import io.tributary.api.connector.ConnectorException;

/** What differs between the databases this connector serves: URL policy, driver, quoting, paging and upserts. */
abstract class Dialect {

    /** Picks the dialect for a URL, refusing every JDBC subprotocol this connector does not serve. */
    static Dialect forUrl(String url) throws ConnectorException {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith(PostgresDialect.PREFIX)) {
            return new PostgresDialect();
        }
        if (lower.startsWith(MariaDbDialect.PREFIX) || lower.startsWith(MariaDbDialect.MYSQL_PREFIX)) {
            return new MariaDbDialect();
        }
        if (lower.startsWith(DerbyDialect.PREFIX)) {
            return new DerbyDialect();
        }
        throw new ConnectorException("the URL must start with jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: or jdbc:derby:",
                false);
    }

    /** The product name, for messages. */
    abstract String product();

    /**
     * Refuses URL options and driver properties that could run code, touch local files or sockets, or borrow the
     * platform's own credentials; returns the URL to hand the driver.
     */
    abstract String checkedUrl(String url, Properties properties) throws ConnectorException;

    /** Settings the driver must always run with, whatever the user configured. */
    abstract void addSafeDefaults(Properties properties);

    abstract Driver driver() throws ConnectorException;

    /** How the database stores an identifier that was written without quotes. */
    abstract String fold(String identifier);

    /** Quotes an exact identifier (already validated: letters, digits, underscores). */
    abstract String quote(String exactIdentifier);

    /** The clause that ends a query after its ORDER BY to return at most {@code rows} rows. */
    abstract String limitClause(int rows);

    /** One upsert statement for the given columns, conflicting on the key columns. */
    abstract WriteSql upsert(String table, List<Column> columns, List<Column> keys);

    abstract String validationQuery();

    /** Makes the schema the default for unqualified table names. */
    abstract String useSchemaStatement(String schema);

    /** Whether a failed connection attempt means that the database itself does not exist. */
    abstract boolean isMissingDatabase(SQLException e);

    /** Whether the driver binds and reads java.time values; Derby only knows java.sql types. */
    boolean supportsJavaTime() {
        return true;
    }

    /** The JSON field name for a result column label. */
    String fieldName(String label) {
        return label;
    }

    /** Refuses what a user-written SQL fragment must not reach in this database. */
    void checkUserSql(String sql) throws ConnectorException {
    }

    /** Starts a read-only transaction, so a user-written query cannot change anything. */
    void beginReadOnly(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
    }

    final void useSchema(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(useSchemaStatement(schema));
        }
    }

    /** A table name as configured, optionally schema-qualified, folded and quoted part by part. */
    final String table(String qualifiedName) throws ConnectorException {
        List<String> parts = new ArrayList<>();
        for (String part : Identifiers.checkQualified("table", qualifiedName)) {
            parts.add(quote(fold(part)));
        }
        return String.join(".", parts);
    }

    final String quoteAll(List<Column> columns) {
        return columns.stream().map(column -> quote(column.label())).collect(Collectors.joining(", "));
    }

    /** Folds to one case only names written in one case; a mixed-case name means exactly that name. */
    static String foldUniform(String identifier, boolean toUpper) {
        boolean uniform = identifier.equals(identifier.toLowerCase(Locale.ROOT))
                || identifier.equals(identifier.toUpperCase(Locale.ROOT));
        if (!uniform) {
            return identifier;
        }
        return toUpper ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
    }

    /** The URL with its scheme prefix replaced, matching the prefix without regard to case. */
    static String withPrefix(String url, int prefixLength, String prefix) {
        return prefix + url.strip().substring(prefixLength);
    }
}
