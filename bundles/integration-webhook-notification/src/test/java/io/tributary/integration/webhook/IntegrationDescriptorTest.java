package io.tributary.integration.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.connector.testkit.IntegrationTemplates;

/** What the bundle ships: a valid descriptor whose template renders into a webhook flow the HTTP connector sends. */
class IntegrationDescriptorTest {

    private static final Map<String, String> SLOTS = Map.of("target", "cn_target");

    private final JsonNode descriptor = IntegrationTemplates.read("OSGI-INF/tributary/integration.json");
    private final JsonNode connector = IntegrationTemplates.read("OSGI-INF/tributary/connector.json");

    @Test
    void descriptorIsValidAgainstTheApiSchema() {
        var schema = IntegrationTemplates.schema(IntegrationTemplates.read("io/tributary/api/marketplace/integration.schema.json"));
        ObjectNode withBadId = descriptor.deepCopy();
        withBadId.put("id", "Webhook HTTP");

        assertEquals(Set.of(), schema.validate(descriptor));
        assertFalse(schema.validate(withBadId).isEmpty(), "the schema check must be able to fail");
        assertEquals("1.0.0", descriptor.path("version").asText(), "the version is filtered in from the pom");
        assertEquals(connector.path("id").asText(), descriptor.at("/connectors/0/id").asText());
    }

    @Test
    void everySettingHasAValidDefault() {
        JsonNode settings = descriptor.path("settings");
        ObjectNode defaults = IntegrationTemplates.settings(settings, Map.of());

        assertEquals(Set.of(), IntegrationTemplates.schema(settings).validate(defaults));
        assertEquals(settings.path("required").size(), defaults.size());
        assertFalse(IntegrationTemplates.schema(settings).validate(defaults.put("method", "GET")).isEmpty());
    }

    @Test
    void theTemplateRenderedWithTheDefaultsIsAValidWebhookFlow() {
        JsonNode flow = renderedFlow(Map.of());
        var flowSchema = IntegrationTemplates.schema(IntegrationTemplates.read("io/tributary/api/flow/flow.schema.json"));

        assertEquals(Set.of(), flowSchema.validate(flow));
        assertFalse(flow.toString().contains("{{"), "every placeholder is replaced: " + flow);
        assertEquals("webhook", flow.at("/trigger/type").asText());
        assertFalse(flow.has("source"), "a webhook flow's records come from its hook");
        assertEquals("id", flow.at("/trigger/keyField").asText());
        assertTrue(flow.at("/steps/0/expression").asText().contains("\"text\""));
    }

    @Test
    void theNotificationIsSentByTheHttpConnectorsSendOperation() {
        JsonNode destination = renderedFlow(Map.of("path", TextNode.valueOf("/hooks/chat"),
                "method", TextNode.valueOf("PUT"))).at("/destinations/0");
        JsonNode send = operation("send");

        assertEquals("cn_target", destination.path("connection").asText());
        assertEquals("destination", send.path("kind").asText());
        assertTrue(send.path("modes").toString().contains("\"" + destination.path("mode").asText() + "\""));
        assertEquals(Set.of(), IntegrationTemplates.schema(send.path("config")).validate(destination.path("config")));
        assertEquals("/hooks/chat", destination.at("/config/path").asText());
        assertEquals("PUT", destination.at("/config/insertMethod").asText());
    }

    @Test
    void readmeDocumentsEverySettingAndSlot() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> names = new TreeSet<>();
        descriptor.at("/settings/properties").fieldNames().forEachRemaining(names::add);
        descriptor.path("slots").forEach(slot -> names.add(slot.path("name").asText()));

        List<String> undocumented = names.stream().filter(name -> !readme.contains("`" + name + "`")).toList();
        assertTrue(undocumented.isEmpty(), "README.md does not mention " + undocumented);
    }

    private JsonNode renderedFlow(Map<String, JsonNode> values) {
        assertEquals(1, descriptor.path("flows").size());
        return IntegrationTemplates.render(descriptor.at("/flows/0/template"), SLOTS,
                IntegrationTemplates.settings(descriptor.path("settings"), values));
    }

    private JsonNode operation(String name) {
        for (JsonNode operation : connector.path("operations")) {
            if (name.equals(operation.path("name").asText())) {
                return operation;
            }
        }
        throw new AssertionError("connector http has no operation " + name);
    }
}
