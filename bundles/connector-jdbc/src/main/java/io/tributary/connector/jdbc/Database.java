package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/** A configured database: its dialect and a checked URL, and the way to open connections to it. */
final class Database {

    /** Shorter passwords are not masked in messages: masking them would garble the message, not protect much. */
    private static final int MASKED_PASSWORD_LENGTH = 3;

    private final JdbcConnectionConfig config;
    private final Dialect dialect;
    private final String url;

    private Database(JdbcConnectionConfig config, Dialect dialect, String url) {
        this.config = config;
        this.dialect = dialect;
        this.url = url;
    }

    /** Reads and checks a connection configuration; refuses URLs and options this connector does not allow. */
    static Database of(ObjectNode connection) throws ConnectorException {
        JdbcConnectionConfig config = JdbcConnectionConfig.from(connection);
        Dialect dialect = Dialect.forUrl(config.url());
        String url = dialect.checkedUrl(config.url(), config.driverProperties());
        return new Database(config, dialect, url);
    }

    Dialect dialect() {
        return dialect;
    }

    /** Opens a connection with the configured schema as default. */
    Connection connect() throws ConnectorException, SQLException {
        Properties properties = config.driverProperties();
        dialect.addSafeDefaults(properties);
        Connection connection = dialect.driver().connect(url, properties);
        if (connection == null) {
            throw new ConnectorException("the " + dialect.product() + " driver does not accept this URL", false);
        }
        if (config.schema() != null) {
            try {
                dialect.useSchema(connection, config.schema());
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /** A whole-call failure with the driver's message, minus the password should a driver ever echo it. */
    ConnectorException failure(String doing, SQLException e) {
        return new ConnectorException(doing + " failed: " + scrub(SqlErrors.message(e)), SqlErrors.isRetryable(e), e);
    }

    String scrub(String message) {
        String password = config.password();
        if (password == null || password.length() < MASKED_PASSWORD_LENGTH || message == null) {
            return message;
        }
        return message.replace(password, "****");
    }
}
