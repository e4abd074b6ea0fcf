package io.tributary.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorException;

/** The descriptor, the DS component and the README must say the same things. */
class DescriptorTest {

    private static final String DESCRIPTOR = "OSGI-INF/tributary/connector.json";
    private static final String COMPONENT = "OSGI-INF/" + HttpConnector.class.getName() + ".xml";
    private static final String API_SCHEMA = "io/tributary/api/connector/connector.schema.json";

    private final JsonNode descriptor = Json.MAPPER.readTree(resource(DESCRIPTOR));

    DescriptorTest() throws IOException {
    }

    private static InputStream resource(String path) {
        InputStream in = DescriptorTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return in;
    }

    @Test
    void descriptorAndComponentPropertiesAgreeOnIdAndVersion() throws Exception {
        Map<String, String> properties = componentProperties();

        assertEquals(HttpConnector.CONNECTOR_ID, descriptor.path("id").asText());
        assertEquals(HttpConnector.CONNECTOR_VERSION, descriptor.path("version").asText());
        assertEquals(HttpConnector.CONNECTOR_ID, properties.get(Connector.ID));
        assertEquals(HttpConnector.CONNECTOR_VERSION, properties.get(Connector.VERSION));
    }

    @Test
    void descriptorIsValidAgainstTheApiSchema() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(resource(API_SCHEMA));
        ObjectNode withoutId = descriptor.deepCopy();
        withoutId.remove("id");

        assertEquals(Set.of(), schema.validate(descriptor));
        assertFalse(schema.validate(withoutId).isEmpty(), "the schema check must be able to fail");
    }

    @Test
    void exactlyTheSecretsAreWriteOnly() {
        Set<String> writeOnly = new TreeSet<>();
        descriptor.findParents("writeOnly").forEach(field -> writeOnly.add(field.path("title").asText()));

        assertEquals(new TreeSet<>(Set.of("Password (basic)", "Token (bearer)", "Key (apiKey)",
                "Client secret (oauth2)", "Webhook signing secret")), writeOnly);
    }

    /** Operation configs are stored in plain text in flow definitions, which the platform shows to their readers. */
    @Test
    void noOperationConfigTakesASecret() {
        assertEquals(List.of(), descriptor.path("operations").findParents("writeOnly"));
        assertTrue(descriptor.at("/connection/properties/webhookSecret/writeOnly").asBoolean());
    }

    @Test
    void operationsAreTheOnesTheConnectorOpens() throws Exception {
        HttpConnector connector = new HttpConnector();
        TestContext context = TestContext.of(TestContext.json("{\"baseUrl\": \"http://localhost\"}"),
                TestContext.json("{\"path\": \"/x\", \"keyField\": \"id\"}"));

        assertEquals(List.of("get", "send", "webhook"), descriptor.path("operations").findValuesAsText("name"));
        connector.openSource("get", context);
        connector.openDestination("send", context);
        connector.openListener("webhook", context);
        assertThrows(ConnectorException.class, () -> connector.openSource("list", context));
        assertEquals(HttpDestination.MAX_BATCH, descriptor.at("/operations/1/maxBatch").asInt());
    }

    @Test
    void readmeDocumentsEveryConfigurationField() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> fields = new TreeSet<>();
        descriptor.findValues("properties").forEach(properties -> properties.fieldNames().forEachRemaining(fields::add));

        Set<String> undocumented = new TreeSet<>();
        fields.stream().filter(field -> !readme.contains("`" + field + "`")).forEach(undocumented::add);
        assertTrue(undocumented.isEmpty(), "README.md does not mention " + undocumented);
    }

    /** The service properties bnd wrote into the DS component description. */
    private static Map<String, String> componentProperties() throws Exception {
        Element component = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(resource(COMPONENT)).getDocumentElement();
        NodeList nodes = component.getElementsByTagName("property");
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }
}
