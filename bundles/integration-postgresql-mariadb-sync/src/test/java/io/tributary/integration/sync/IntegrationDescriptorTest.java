package io.tributary.integration.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.connector.testkit.IntegrationTemplates;

/** What the bundle ships: a valid descriptor whose template renders into a flow the JDBC connector can run. */
class IntegrationDescriptorTest {

    private static final Map<String, String> SLOTS = Map.of("source", "cn_source", "destination", "cn_destination");
    private static final Map<String, JsonNode> TABLES = Map.of("sourceTable", TextNode.valueOf("public.orders"),
            "destinationTable", TextNode.valueOf("orders_copy"));

    private final JsonNode descriptor = IntegrationTemplates.read("OSGI-INF/tributary/integration.json");
    private final JsonNode connector = IntegrationTemplates.read("OSGI-INF/tributary/connector.json");

    @Test
    void descriptorIsValidAgainstTheApiSchema() {
        var schema = IntegrationTemplates.schema(IntegrationTemplates.read("io/tributary/api/marketplace/integration.schema.json"));
        ObjectNode withoutFlows = descriptor.deepCopy();
        withoutFlows.remove("flows");

        assertEquals(Set.of(), schema.validate(descriptor));
        assertFalse(schema.validate(withoutFlows).isEmpty(), "the schema check must be able to fail");
        assertEquals("1.0.0", descriptor.path("version").asText(), "the version is filtered in from the pom");
        assertEquals(connector.path("id").asText(), descriptor.at("/connectors/0/id").asText());
    }

    @Test
    void theTablesAreTheOnlySettingsWithoutDefault() {
        JsonNode settings = descriptor.path("settings");
        var schema = IntegrationTemplates.schema(settings);

        assertEquals(Set.of(), schema.validate(IntegrationTemplates.settings(settings, TABLES)));
        assertEquals(2, schema.validate(IntegrationTemplates.settings(settings, Map.of())).size());
    }

    @Test
    void theTemplateRenderedWithTheDefaultsIsAValidFlow() {
        JsonNode flow = renderedFlow(Map.of());
        var flowSchema = IntegrationTemplates.schema(IntegrationTemplates.read("io/tributary/api/flow/flow.schema.json"));

        assertEquals(Set.of(), flowSchema.validate(flow));
        assertFalse(flow.toString().contains("{{"), "every placeholder is replaced: " + flow);
        assertEquals("Sync public.orders to orders_copy", flow.path("name").asText());
        assertEquals("0 */5 * * * ?", flow.at("/trigger/cron").asText());
        assertEquals("delta", flow.at("/source/sync").asText());
        assertEquals("$", flow.at("/steps/0/expression").asText());
    }

    @Test
    void theRenderedOperationsAreTheJdbcConnectorsWithValidConfigs() {
        JsonNode flow = renderedFlow(Map.of());
        JsonNode select = operation("select");
        JsonNode write = operation("write");

        assertEquals("cn_source", flow.at("/source/connection").asText());
        assertEquals("source", select.path("kind").asText());
        assertTrue(select.path("delta").asBoolean(), "a delta sync needs a delta source");
        assertEquals(Set.of(), IntegrationTemplates.schema(select.path("config")).validate(flow.at("/source/config")));
        JsonNode destination = flow.at("/destinations/0");
        assertEquals("cn_destination", destination.path("connection").asText());
        assertEquals("destination", write.path("kind").asText());
        assertTrue(write.path("modes").toString().contains("\"upsert\""));
        assertEquals("upsert", destination.path("mode").asText());
        assertEquals(Set.of(), IntegrationTemplates.schema(write.path("config")).validate(destination.path("config")));
        assertEquals(IntegrationTemplates.MAPPER.createArrayNode().add("id"), destination.at("/config/keyColumns"));
    }

    @Test
    void optionalSettingsAppearOnlyWhenGiven() {
        JsonNode withoutThem = renderedFlow(Map.of()).at("/source/config");
        JsonNode columns = IntegrationTemplates.MAPPER.createArrayNode().add("id").add("total").add("updated_at");
        JsonNode withThem = renderedFlow(Map.of("columns", columns, "where", TextNode.valueOf("total > 0")))
                .at("/source/config");

        assertFalse(withoutThem.has("columns") || withoutThem.has("where"));
        assertEquals(columns, withThem.path("columns"));
        assertEquals("total > 0", withThem.path("where").asText());
        assertEquals(Set.of(), IntegrationTemplates.schema(operation("select").path("config")).validate(withThem));
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

    private JsonNode renderedFlow(Map<String, JsonNode> optional) {
        Map<String, JsonNode> values = new HashMap<>(TABLES);
        values.putAll(optional);
        ObjectNode settings = IntegrationTemplates.settings(descriptor.path("settings"), values);
        assertEquals(1, descriptor.path("flows").size());
        return IntegrationTemplates.render(descriptor.at("/flows/0/template"), SLOTS, settings);
    }

    private JsonNode operation(String name) {
        for (JsonNode operation : connector.path("operations")) {
            if (name.equals(operation.path("name").asText())) {
                return operation;
            }
        }
        throw new AssertionError("connector jdbc has no operation " + name);
    }
}
