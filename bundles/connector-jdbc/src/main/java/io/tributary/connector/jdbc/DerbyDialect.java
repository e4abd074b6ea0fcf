package io.tributary.connector.jdbc;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tributary.api.connector.ConnectorException;

/**
 * Embedded Derby, from the platform's Derby bundle. It runs inside the platform's own JVM, so its URLs are held to
 * plain database names: no paths (the platform's store is a Derby database on disk), no network server, no jar or
 * class path databases, and only attributes that open or create a database, never restore, move or shut one down.
 */
final class DerbyDialect extends Dialect {

    static final String PREFIX = "jdbc:derby:";

    private static final String DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
    private static final String MEMORY = "memory:";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,127}");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("create", "user", "password", "bootpassword", "territory", "collation");

    @Override
    String product() {
        return "Derby";
    }

    @Override
    String checkedUrl(String url, Properties properties) throws ConnectorException {
        String rest = url.strip().substring(PREFIX.length());
        if (rest.startsWith("//")) {
            throw new ConnectorException("Derby network server URLs (jdbc:derby://) are not allowed: "
                    + "this connector opens embedded databases only", false);
        }
        String[] parts = rest.split(";");
        checkDatabaseName(parts.length == 0 ? "" : parts[0]);
        List<String> attributes = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].contains("=") ? parts[i].substring(0, parts[i].indexOf('=')) : parts[i]);
        }
        attributes.addAll(UrlOptions.propertyNames(properties));
        for (String attribute : attributes) {
            if (!attribute.isBlank() && !ALLOWED_ATTRIBUTES.contains(UrlOptions.normalize(attribute))) {
                throw new ConnectorException("Derby attribute '" + attribute.strip() + "' is not allowed: only "
                        + String.join(", ", new TreeSet<>(ALLOWED_ATTRIBUTES)) + " are", false);
            }
        }
        return PREFIX + rest;
    }

    private static void checkDatabaseName(String database) throws ConnectorException {
        String name = database.regionMatches(true, 0, MEMORY, 0, MEMORY.length())
                ? database.substring(MEMORY.length()) : database;
        if (name.contains(":")) {
            throw new ConnectorException("Derby subprotocol '" + name.substring(0, name.indexOf(':') + 1)
                    + "' is not allowed: only plain and memory: database names are", false);
        }
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new ConnectorException("Derby database name '" + database + "' is not allowed: use a plain name "
                    + "of letters, digits, '_' and '-' (no paths)", false);
        }
    }

    @Override
    void addSafeDefaults(Properties properties) {
    }

    @Override
    Driver driver() throws ConnectorException {
        try {
            // loaded through this bundle's optional import of org.apache.derby.jdbc
            Class<?> driver = Class.forName(DRIVER, true, DerbyDialect.class.getClassLoader());
            return (Driver) driver.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConnectorException("Derby is not available: jdbc:derby: URLs need the platform's Derby bundle "
                    + "(exporting org.apache.derby.jdbc) to be installed", false, e);
        }
    }

    @Override
    String fold(String identifier) {
        return foldUniform(identifier, true);
    }

    @Override
    String quote(String exactIdentifier) {
        return '"' + exactIdentifier + '"';
    }

    @Override
    String limitClause(int rows) {
        return "FETCH FIRST " + rows + " ROWS ONLY";
    }

    @Override
    WriteSql upsert(String table, List<Column> columns, List<Column> keys) {
        List<Column> others = columns.stream().filter(column -> !keys.contains(column)).toList();
        String match = keys.stream().map(key -> "target." + quote(key.label()) + " = ?")
                .collect(Collectors.joining(" AND "));
        String update = others.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + others.stream()
                .map(column -> quote(column.label()) + " = ?").collect(Collectors.joining(", "));
        String sql = "MERGE INTO " + table + " target USING SYSIBM.SYSDUMMY1 ON " + match + update
                + " WHEN NOT MATCHED THEN INSERT (" + quoteAll(columns) + ") VALUES (" + WriteStatements.marks(columns)
                + ")";
        List<Column> parameters = new ArrayList<>(keys);
        parameters.addAll(others);
        parameters.addAll(columns);
        return new WriteSql(sql, parameters);
    }

    @Override
    String validationQuery() {
        return "VALUES 1";
    }

    @Override
    String useSchemaStatement(String schema) {
        return "SET SCHEMA " + quote(fold(schema));
    }

    @Override
    boolean isMissingDatabase(SQLException e) {
        return "XJ004".equals(e.getSQLState());
    }

    @Override
    boolean supportsJavaTime() {
        return false;
    }

    /** Derby reports unquoted names in upper case; records carry them in lower case like the other databases. */
    @Override
    String fieldName(String label) {
        return label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label;
    }

    @Override
    void checkUserSql(String sql) throws ConnectorException {
        // Derby's system routines read and write files of the JVM they run in: the platform's
        if (sql.toLowerCase(Locale.ROOT).contains("syscs_")) {
            throw new ConnectorException("Derby system routines (SYSCS_...) are not allowed in queries", false);
        }
    }
}
