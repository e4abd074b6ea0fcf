package io.tributary.tenancy.internal.db;

import java.sql.SQLException;

/** A database failure, unchecked so that it crosses lambdas and rolls the transaction back. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The SQL state both Derby and PostgreSQL report for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";

    public DatabaseException(SQLException cause) {
        super("Database failure (SQL state " + cause.getSQLState() + ")", cause);
    }

    /** Whether a unique constraint refused the change, e.g. a name already taken by a concurrent request. */
    public boolean isUniqueViolation() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
