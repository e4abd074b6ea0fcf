package io.tributary.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Transactions on a data source, normally the store's. The connection of a transaction is bound to the thread, so
 * work started inside one (a repository call, an audit row) joins it instead of opening a second, independent
 * transaction: what belongs together commits or rolls back together.
 *
 * <p>The binding is per data source and shared by every instance, whichever bundle made it, so components on the
 * same data source join each other's transactions.
 */
public final class Database {

    private static final ThreadLocal<Map<DataSource, Connection>> BOUND = ThreadLocal.withInitial(HashMap::new);

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One unit of work on the transaction's connection. Its SQLException is wrapped in a {@link DatabaseException};
     * {@code E} is for a failure of another kind that must roll the transaction back and reach the caller as it is,
     * e.g. a mail that was not sent. Work that throws nothing else leaves {@code E} a RuntimeException.
     */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Connection connection) throws SQLException, E;
    }

    /**
     * Runs {@code work} in the transaction in progress on this thread, or in a new one that commits when the work
     * returns and rolls back when it throws anything.
     *
     * @throws DatabaseException when the database fails
     */
    public <T, E extends Exception> T transaction(Work<T, E> work) throws E {
        Map<DataSource, Connection> bound = BOUND.get();
        Connection joined = bound.get(dataSource);
        if (joined != null) {
            return run(work, joined);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            bound.put(dataSource, connection);
            try {
                T result = run(work, connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                // a failed commit too: turning auto-commit back on must not commit what is left
                rollBack(connection, e);
                throw e;
            } finally {
                bound.remove(dataSource);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /**
     * Like {@link #transaction(Work)}, but a unique constraint refusing the change (a concurrent request took the
     * name first) ends it with {@code onDuplicate}'s exception instead, typically a 409 problem.
     */
    public <T, E extends Exception> T transaction(Work<T, E> work, Supplier<? extends RuntimeException> onDuplicate)
            throws E {
        try {
            return transaction(work);
        } catch (DatabaseException e) {
            if (e.isUniqueViolation()) {
                throw onDuplicate.get();
            }
            throw e;
        }
    }

    private static <T, E extends Exception> T run(Work<T, E> work, Connection connection) throws E {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Keeps the original failure; a failed rollback only adds to it (closing the connection ends the transaction). */
    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
