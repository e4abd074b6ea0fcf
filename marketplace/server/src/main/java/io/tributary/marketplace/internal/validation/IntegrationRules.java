package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.VersionRange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rules of {@code integration.json} its schema cannot state: they compare its parts with each other. Each
 * failure starts with the JSON path it is about.
 */
final class IntegrationRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(slots|settings)\\.([^}\\s]*)\\s*}}");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final DescriptorSchemas schemas;

    IntegrationRules(DescriptorSchemas schemas) {
        this.schemas = schemas;
    }

    List<String> check(ObjectNode descriptor) {
        List<String> problems = new ArrayList<>();
        Set<String> connectors = connectors(descriptor.path("connectors"), problems);
        Set<String> slots = slots(descriptor.path("slots"), connectors, problems);
        Set<String> settings = settings(descriptor.get("settings"), problems);
        JsonNode flows = descriptor.path("flows");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < flows.size(); i++) {
            JsonNode key = flows.get(i).path("key");
            if (key.isTextual() && !keys.add(key.textValue())) {
                problems.add("$.flows[" + i + "].key: the flow key '" + key.textValue() + "' is used twice");
            }
            placeholders(flows.get(i).path("template"), "$.flows[" + i + "].template", slots, settings, problems);
        }
        return problems;
    }

    private static Set<String> connectors(JsonNode connectors, List<String> problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < connectors.size(); i++) {
            JsonNode id = connectors.get(i).path("id");
            if (id.isTextual() && !ids.add(id.textValue())) {
                problems.add("$.connectors[" + i + "].id: the connector '" + id.textValue() + "' is listed twice");
            }
            JsonNode range = connectors.get(i).path("version");
            if (range.isTextual()) {
                try {
                    new VersionRange(range.textValue().trim());
                } catch (IllegalArgumentException e) {
                    problems.add("$.connectors[" + i + "].version: '" + range.textValue()
                            + "' is not an OSGi version range such as [1.0,2.0)");
                }
            }
        }
        return ids;
    }

    private static Set<String> slots(JsonNode slots, Set<String> connectors, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            JsonNode name = slots.get(i).path("name");
            if (name.isTextual() && !names.add(name.textValue())) {
                problems.add("$.slots[" + i + "].name: the slot '" + name.textValue() + "' is declared twice");
            }
            JsonNode connector = slots.get(i).path("connector");
            if (connector.isTextual() && !connectors.contains(connector.textValue())) {
                problems.add("$.slots[" + i + "].connector: '" + connector.textValue() + "' is not one of the"
                        + " connectors the integration declares " + connectors);
            }
        }
        return names;
    }

    /** The names of the settings' properties, after checking the settings schema and its defaults. */
    private Set<String> settings(JsonNode settings, List<String> problems) {
        Set<String> names = new HashSet<>();
        if (settings == null || !settings.isObject()) {
            return names;
        }
        if (!"object".equals(settings.path("type").asText())) {
            problems.add("$.settings: must be an object schema (\"type\": \"object\") naming each setting under"
                    + " \"properties\"");
        }
        settings.path("properties").properties().forEach(property -> names.add(property.getKey()));
        List<String> unusable = schemas.unusable(settings);
        unusable.forEach(problem -> problems.add("$.settings: " + problem));
        if (unusable.isEmpty()) {
            ObjectNode defaults = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> property : settings.path("properties").properties()) {
                if (property.getValue().has("default")) {
                    defaults.set(property.getKey(), property.getValue().get("default"));
                }
            }
            schemas.propertyViolations(settings, defaults).forEach(violation ->
                    problems.add("$.settings: a default does not match its own schema: " + violation));
        }
        return names;
    }

    private static void placeholders(JsonNode node, String path, Set<String> slots, Set<String> settings,
                                     List<String> problems) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.textValue());
            while (matcher.find()) {
                String name = matcher.group(2).split("\\.", 2)[0];
                boolean slot = matcher.group(1).equals("slots");
                if (!(slot ? slots : settings).contains(name)) {
                    problems.add(path + ": " + matcher.group() + " refers to " + (slot
                            ? "a slot '" + name + "' that is not declared under slots"
                            : "a setting '" + name + "' that the settings schema does not declare under properties"));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                placeholders(node.get(i), path + "[" + i + "]", slots, settings, problems);
            }
        } else if (node.isObject()) {
            node.properties().forEach(field -> placeholders(field.getValue(), path + member(field.getKey()),
                    slots, settings, problems));
        }
    }

    private static String member(String key) {
        return PLAIN_KEY.matcher(key).matches() ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }
}
