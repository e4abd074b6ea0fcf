package io.tributary.connector.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * A connection as configured: the JDBC URL, the credentials, an optional default schema (for MariaDB and MySQL:
 * database) and extra driver properties. The password never appears in {@link #toString()}.
 */
record JdbcConnectionConfig(String url, String user, String password, String schema, Map<String, String> properties) {

    JdbcConnectionConfig {
        properties = Map.copyOf(properties);
    }

    static JdbcConnectionConfig from(ObjectNode connection) throws ConnectorException {
        String url = text(connection, "url");
        if (url == null || url.isBlank()) {
            throw new ConnectorException("the connection needs a JDBC url", false);
        }
        String schema = text(connection, "schema");
        if (schema != null) {
            Identifiers.checkName("schema", schema);
        }
        return new JdbcConnectionConfig(url.strip(), text(connection, "user"), text(connection, "password"), schema,
                properties(connection.get("properties")));
    }

    /** The properties handed to the driver: the extra ones, then user and password, which win over them. */
    Properties driverProperties() {
        Properties driver = new Properties();
        driver.putAll(properties);
        if (user != null) {
            driver.setProperty("user", user);
        }
        if (password != null) {
            driver.setProperty("password", password);
        }
        return driver;
    }

    private static Map<String, String> properties(JsonNode node) throws ConnectorException {
        Map<String, String> properties = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return properties;
        }
        if (!node.isObject()) {
            throw new ConnectorException("properties must be an object of driver property names and values", false);
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!property.getValue().isValueNode()) {
                throw new ConnectorException("driver property '" + property.getKey() + "' must be a plain value", false);
            }
            properties.put(property.getKey(), property.getValue().asText());
        }
        return properties;
    }

    private static String text(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "JdbcConnectionConfig[url=" + url + ", user=" + user + ", schema=" + schema + ", properties="
                + properties.keySet() + "]";
    }
}
