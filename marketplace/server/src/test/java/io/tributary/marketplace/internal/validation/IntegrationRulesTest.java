package io.tributary.marketplace.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class IntegrationRulesTest {

    private final IntegrationRules rules = new IntegrationRules(new DescriptorSchemas());

    @Test
    void aConsistentIntegrationBreaksNoRule() {
        assertEquals(List.of(), rules.check(TestArtifacts.integrationDescriptor()));
    }

    @Test
    void connectorRangesMustBeOsgiVersionRanges() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        ((ObjectNode) descriptor.at("/connectors/1")).put("version", "^1.0");

        assertEquals(List.of("$.connectors[1].version: '^1.0' is not an OSGi version range such as [1.0,2.0)"),
                rules.check(descriptor));
    }

    @Test
    void slotsMustUseDeclaredConnectorsAndUniqueNames() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        descriptor.withArray("slots").addObject().put("name", "db").put("connector", "mariadb");

        assertEquals(List.of("$.slots[2].name: the slot 'db' is declared twice",
                "$.slots[2].connector: 'mariadb' is not one of the connectors the integration declares"
                        + " [acme-widget, jdbc]"), rules.check(descriptor));
    }

    @Test
    void flowKeysMustBeUnique() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        descriptor.withArray("flows").add(descriptor.at("/flows/0").deepCopy());

        assertEquals(List.of("$.flows[1].key: the flow key 'sync' is used twice"), rules.check(descriptor));
    }

    @Test
    void settingsPlaceholdersMustNameDeclaredProperties() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        ((ObjectNode) descriptor.at("/flows/0/template/destination/config")).put("where", "id > {{settings.since}}");

        assertEquals(List.of("$.flows[0].template.destination.config.where: {{settings.since}} refers to a setting"
                + " 'since' that the settings schema does not declare under properties"), rules.check(descriptor));
    }

    @Test
    void settingsMustBeAnObjectSchemaWhoseDefaultsValidate() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        ((ObjectNode) descriptor.at("/settings/properties/batch")).put("default", "many");
        ((ObjectNode) descriptor.at("/settings")).put("type", "array");

        List<String> problems = rules.check(descriptor);

        assertEquals(2, problems.size(), problems.toString());
        assertEquals("$.settings: must be an object schema (\"type\": \"object\") naming each setting under"
                + " \"properties\"", problems.get(0));
        assertEquals("$.settings: a default does not match its own schema: $.batch: string found, integer expected",
                problems.get(1));
    }

    @Test
    void settingsThatAreNoUsableSchemaAreRefused() {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        ((ObjectNode) descriptor.at("/settings/properties/table")).put("type", "text");

        List<String> problems = rules.check(descriptor);

        assertEquals(false, problems.isEmpty());
        assertEquals(true, problems.stream()
                .allMatch(problem -> problem.startsWith("$.settings: $.properties.table.type:")), problems.toString());
    }
}
