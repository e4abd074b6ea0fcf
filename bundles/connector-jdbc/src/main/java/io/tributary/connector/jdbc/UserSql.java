package io.tributary.connector.jdbc;

import java.util.regex.Pattern;

import io.tributary.api.connector.ConnectorException;

/**
 * Checks SQL a user writes into a source configuration: a whole query ({@code sql}) or a condition ({@code where}).
 * It runs in a read-only transaction; these checks keep it to one statement, so that it cannot end that transaction
 * and run another one after it.
 */
final class UserSql {

    private static final Pattern QUERY_START = Pattern.compile("(?is)(select|with)\\b.*");
    private static final Pattern TRAILING_SEMICOLON = Pattern.compile(";\\s*$");

    private UserSql() {
    }

    /** A single SELECT (or WITH ... SELECT) statement; one trailing semicolon is dropped. */
    static String checkQuery(String sql, Dialect dialect) throws ConnectorException {
        String query = TRAILING_SEMICOLON.matcher(sql == null ? "" : sql.strip()).replaceFirst("").strip();
        if (!QUERY_START.matcher(query).matches()) {
            throw new ConnectorException("sql must be a SELECT statement", false);
        }
        checkSingleStatement("sql", query);
        dialect.checkUserSql(query);
        return query;
    }

    /** A condition for the WHERE clause of a table read. */
    static String checkCondition(String where, Dialect dialect) throws ConnectorException {
        String condition = where.strip();
        if (condition.isEmpty()) {
            throw new ConnectorException("where must not be empty when given", false);
        }
        checkSingleStatement("where", condition);
        dialect.checkUserSql(condition);
        return condition;
    }

    // a semicolon even inside a string literal is refused: telling literals from code differs per database
    private static void checkSingleStatement(String what, String text) throws ConnectorException {
        if (text.indexOf(';') >= 0) {
            throw new ConnectorException(what + " must be a single statement: ';' is not allowed", false);
        }
    }

    /** Wraps user SQL as a derived table; the line breaks end any trailing line comment inside it. */
    static String derivedTable(String query) {
        return "(\n" + query + "\n) q";
    }
}
