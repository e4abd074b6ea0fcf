package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;

/** Reading a connection configuration. */
class JdbcConnectionConfigTest {

    @Test
    void credentialsWinOverExtraProperties() throws ConnectorException {
        JdbcConnectionConfig config = JdbcConnectionConfig.from(json("{'url': 'jdbc:postgresql://h/db', 'user': 'u', "
                + "'password': 'pw', 'properties': {'user': 'other', 'sslmode': 'require', 'connectTimeout': 5}}"));

        Properties properties = config.driverProperties();

        assertEquals("u", properties.getProperty("user"));
        assertEquals("pw", properties.getProperty("password"));
        assertEquals("require", properties.getProperty("sslmode"));
        assertEquals("5", properties.getProperty("connectTimeout"));
    }

    @Test
    void thePasswordIsNeverPrinted() throws ConnectorException {
        JdbcConnectionConfig config = JdbcConnectionConfig.from(json("{'url': 'jdbc:derby:x', 'password': 'hunter22'}"));
        assertFalse(config.toString().contains("hunter22"));
    }

    @Test
    void aUrlIsRequiredAndTheSchemaMustBeAName() {
        assertThrows(ConnectorException.class, () -> JdbcConnectionConfig.from(json("{'user': 'u'}")));
        assertThrows(ConnectorException.class,
                () -> JdbcConnectionConfig.from(json("{'url': 'jdbc:derby:x', 'schema': 'a; DROP SCHEMA b'}")));
        assertThrows(ConnectorException.class,
                () -> JdbcConnectionConfig.from(json("{'url': 'jdbc:derby:x', 'properties': {'a': {'b': 1}}}")));
    }

    @Test
    void aPasswordIsMaskedIfADriverEverEchoesIt() throws ConnectorException {
        Database database = Database.of(json("{'url': 'jdbc:derby:x', 'password': 'hunter22'}"));
        assertEquals("login with **** refused", database.scrub("login with hunter22 refused"));
    }
}
