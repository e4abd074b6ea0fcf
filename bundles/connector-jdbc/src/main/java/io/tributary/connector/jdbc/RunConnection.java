package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import io.tributary.api.connector.ConnectorException;

/**
 * The connection a source or destination keeps for its run, always in manual-commit mode. When the database drops
 * it, the failure is reported as retryable and the retry gets a new connection.
 */
final class RunConnection implements AutoCloseable {

    private final Database database;
    private final boolean readOnly;
    private Connection connection;

    private RunConnection(Database database, boolean readOnly) {
        this.database = database;
        this.readOnly = readOnly;
    }

    /** For reading: every transaction is read-only. */
    static RunConnection forReading(Database database) {
        return new RunConnection(database, true);
    }

    static RunConnection forWriting(Database database) {
        return new RunConnection(database, false);
    }

    /** The open connection, connecting first if there is none. */
    Connection get() throws ConnectorException, SQLException {
        if (connection == null) {
            Connection opened = database.connect();
            try {
                if (readOnly) {
                    database.dialect().beginReadOnly(opened);
                } else {
                    opened.setAutoCommit(false);
                }
            } catch (SQLException e) {
                Jdbc.closeQuietly(opened);
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    /** Ends the transaction after a failure; a connection the database dropped is let go. */
    void failed(Exception failure) {
        if (connection == null) {
            return;
        }
        if (isLost(failure) || isClosed()) {
            Jdbc.closeQuietly(connection);
            connection = null;
        } else {
            Jdbc.rollbackQuietly(connection);
        }
    }

    private static boolean isLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException e && SqlErrors.isConnectionLost(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Closes after a failure, which is the one worth reporting. */
    void abandon() {
        Jdbc.closeQuietly(connection);
        connection = null;
    }

    @Override
    public void close() throws ConnectorException {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw database.failure("closing the connection", e);
        } finally {
            connection = null;
        }
    }
}
