package io.tributary.connector.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.ConnectorException;

/** Tests a connection and says in plain words what is wrong with it. */
final class ConnectionCheck {

    private ConnectionCheck() {
    }

    static ConnectionTest run(ObjectNode connection) {
        Database database;
        try {
            database = Database.of(connection);
        } catch (ConnectorException e) {
            return ConnectionTest.failed(e.getMessage());
        }
        try (Connection open = database.connect(); Statement statement = open.createStatement()) {
            statement.execute(database.dialect().validationQuery());
            DatabaseMetaData meta = open.getMetaData();
            return ConnectionTest.ok("connected to " + meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion() + " as " + meta.getUserName());
        } catch (ConnectorException e) {
            return ConnectionTest.failed(e.getMessage());
        } catch (SQLException e) {
            return ConnectionTest.failed(database.scrub(describe(e, database.dialect())));
        }
    }

    /** What a failed connection attempt means, checked from the most specific cause to the driver's own words. */
    static String describe(SQLException e, Dialect dialect) {
        String message = SqlErrors.message(e);
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof UnknownHostException) {
                return "unknown host: " + cause.getMessage() + " cannot be resolved (" + message + ")";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "connection refused: nothing accepts connections at that host and port (" + message + ")";
            }
            if (cause instanceof SocketTimeoutException) {
                return "timed out connecting to the database (" + message + ")";
            }
            cause = cause.getCause();
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "authentication failed: check the user and password (" + message + ")";
        }
        if (dialect.isMissingDatabase(e)) {
            return "the database does not exist (" + message + ")";
        }
        return message;
    }
}
