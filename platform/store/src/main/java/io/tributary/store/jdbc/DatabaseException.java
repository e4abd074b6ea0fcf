package io.tributary.store.jdbc;

import java.sql.SQLException;
import java.util.function.Predicate;

/** A database failure, unchecked so that it crosses lambdas and rolls the transaction back. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The SQL state both Derby and PostgreSQL report for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Transaction rollbacks: deadlocks, lock timeouts, serialization failures, on both databases. */
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";

    public DatabaseException(SQLException cause) {
        super("Database failure (SQL state " + cause.getSQLState() + "): " + cause.getMessage(), cause);
    }

    /** Whether the transaction lost a race that trying it again can win (SQL state class 40). */
    public boolean isTransient() {
        return hasSqlState(state -> state.startsWith(TRANSACTION_ROLLBACK_CLASS));
    }

    /** Whether a unique constraint refused the change, e.g. a name taken by a concurrent request. */
    public boolean isUniqueViolation() {
        return hasSqlState(UNIQUE_VIOLATION::equals);
    }

    /** Looks through the whole cause chain: drivers may wrap the telling SQLException in another one. */
    private boolean hasSqlState(Predicate<String> test) {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && test.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
