package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * The descriptor the platform reads without running this code must agree with the code: the schema of the SPI, the
 * DS component's id and version, and the settings each operation reads.
 */
class DescriptorTest {

    private static final String DESCRIPTOR = "OSGI-INF/tributary/connector.json";

    private static String resource(String path) throws IOException {
        try (InputStream in = DescriptorTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode descriptor() throws IOException {
        return Fixtures.JSON.readTree(resource(DESCRIPTOR));
    }

    private static JsonNode operation(String name) throws IOException {
        for (JsonNode operation : descriptor().get("operations")) {
            if (operation.get("name").asText().equals(name)) {
                return operation;
            }
        }
        throw new AssertionError("no operation " + name);
    }

    private static Set<String> settings(JsonNode operation) {
        Set<String> names = new HashSet<>();
        operation.get("config").get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theDescriptorIsValidAgainstTheConnectorSchema() throws IOException {
        JsonNode schema = Fixtures.JSON.readTree(resource("io/tributary/api/connector/connector.schema.json"));
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema).validate(descriptor());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void idAndVersionMatchTheComponentsServiceProperties() throws IOException {
        String component = resource("OSGI-INF/io.tributary.connector.jdbc.JdbcConnector.xml");
        assertTrue(component.contains("name=\"tributary.connector.id\" type=\"String\" value=\""
                + descriptor().get("id").asText() + "\""), component);
        assertTrue(component.contains("name=\"tributary.connector.version\" type=\"String\" value=\""
                + descriptor().get("version").asText() + "\""), component);
    }

    @Test
    void thePasswordIsASecret() throws IOException {
        assertTrue(descriptor().at("/connection/properties/password/writeOnly").asBoolean());
    }

    @Test
    void operationsDeclareExactlyTheSettingsTheyRead() throws IOException {
        assertEquals(SelectConfig.SETTINGS, settings(operation(JdbcConnector.SELECT)));
        assertEquals(WriteConfig.SETTINGS, settings(operation(JdbcConnector.WRITE)));
        assertEquals(WriteConfig.MAX_BATCH, operation(JdbcConnector.WRITE).get("maxBatch").asInt());
    }

    @Test
    void theIconIsInTheBundle() throws IOException {
        assertTrue(resource(descriptor().get("icon").asText()).startsWith("<svg"));
    }
}
