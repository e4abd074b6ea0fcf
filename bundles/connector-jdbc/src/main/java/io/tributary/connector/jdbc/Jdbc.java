package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Clean-up after a failure, where a second failure must not hide the first. */
final class Jdbc {

    private Jdbc() {
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure that led here is the one worth reporting
        }
    }

    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure that led here is the one worth reporting
        }
    }
}
