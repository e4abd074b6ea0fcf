package io.tributary.connector.jdbc;

import org.osgi.service.component.annotations.Component;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Source;

/**
 * The JDBC connector: PostgreSQL, MariaDB/MySQL and embedded Derby. It keeps nothing between calls; every source and
 * destination opens its own connection with the drivers this bundle embeds, never through {@code DriverManager},
 * which cannot see drivers inside bundles.
 */
@Component(service = Connector.class, property = {Connector.ID + "=jdbc", Connector.VERSION + "=1.0.0"})
public class JdbcConnector implements Connector {

    static final String SELECT = "select";
    static final String WRITE = "write";

    @Override
    public ConnectionTest test(ConnectorContext context) {
        return ConnectionCheck.run(context.connection());
    }

    @Override
    public Source openSource(String operation, ConnectorContext context) throws ConnectorException {
        if (!SELECT.equals(operation)) {
            return Connector.super.openSource(operation, context);
        }
        SelectConfig config = SelectConfig.from(context.config());
        return JdbcSource.open(Database.of(context.connection()), config, context);
    }

    @Override
    public Destination openDestination(String operation, ConnectorContext context) throws ConnectorException {
        if (!WRITE.equals(operation)) {
            return Connector.super.openDestination(operation, context);
        }
        WriteConfig config = WriteConfig.from(context.config());
        return JdbcDestination.open(Database.of(context.connection()), config, context);
    }
}
