package io.tributary.connector.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;

/** Sorts database errors into those worth trying again and the rest. */
final class SqlErrors {

    /**
     * SQLState classes and codes of failures that pass: transaction rollback (deadlock, serialization), connection
     * exceptions, insufficient resources, operator intervention (server shutting down) and lock timeouts.
     */
    private static final List<String> RETRYABLE_STATES = List.of("40", "08", "53", "57P", "55P03", "HYT00");

    /** MariaDB's lock wait timeout and deadlock codes, which do not always carry a class 40 state. */
    private static final List<Integer> RETRYABLE_MARIADB_CODES = List.of(1205, 1213);

    private SqlErrors() {
    }

    static boolean isRetryable(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        if (state != null && RETRYABLE_STATES.stream().anyMatch(state::startsWith)) {
            return true;
        }
        return RETRYABLE_MARIADB_CODES.contains(e.getErrorCode());
    }

    /** The driver's message, never empty. */
    static String message(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** Whether the connection is gone: the next attempt needs a new one. */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException || (state != null && state.startsWith("08"));
    }
}
