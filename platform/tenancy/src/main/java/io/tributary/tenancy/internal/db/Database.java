package io.tributary.tenancy.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Transactions on the store's data source. The connection of a transaction is bound to the thread, so work started
 * inside one (a repository call, the audit log) joins it instead of opening a second, independent transaction:
 * a change and its audit row commit or roll back together.
 */
public final class Database {

    /** Shared by every instance so that the tenancy services' components join each other's transactions. */
    private static final ThreadLocal<Map<DataSource, Connection>> BOUND = ThreadLocal.withInitial(HashMap::new);

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One unit of work on a connection; may throw SQLException, which this class wraps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in the transaction in progress on this thread, or in a new one committed at its end. */
    public <T> T transaction(Work<T> work) {
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
            } catch (RuntimeException | Error e) {
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
     * name first) ends it with {@code onDuplicate}'s problem instead.
     */
    public <T> T transaction(Work<T> work, Supplier<? extends RuntimeException> onDuplicate) {
        try {
            return transaction(work);
        } catch (DatabaseException e) {
            if (e.isUniqueViolation()) {
                throw onDuplicate.get();
            }
            throw e;
        }
    }

    private static <T> T run(Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
