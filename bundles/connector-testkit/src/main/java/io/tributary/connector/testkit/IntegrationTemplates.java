package io.tributary.connector.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * Renders templates as the platform documents it (IntegrationService): a whole-string placeholder becomes the slot's
 * connection id or the setting with its JSON type (left out when the setting has none), one inside a longer string
 * its text. For integration bundles' tests, to check what they ship; not the platform's renderer.
 */
public final class IntegrationTemplates {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*(slots|settings)\\.([A-Za-z0-9_]+)\\s*\\}\\}");

    private IntegrationTemplates() {
    }

    public static JsonNode read(String resource) {
        try (InputStream in = IntegrationTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonSchema schema(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    /** The settings schema's defaults with {@code values} over them. */
    public static ObjectNode settings(JsonNode settingsSchema, Map<String, JsonNode> values) {
        ObjectNode settings = MAPPER.createObjectNode();
        settingsSchema.path("properties").properties().forEach(property -> {
            if (property.getValue().has("default")) {
                settings.set(property.getKey(), property.getValue().get("default"));
            }
        });
        values.forEach(settings::set);
        return settings;
    }

    /** @return the rendered value, or null when it is left out */
    public static JsonNode render(JsonNode node, Map<String, String> slots, JsonNode settings) {
        if (node instanceof ObjectNode object) {
            ObjectNode rendered = MAPPER.createObjectNode();
            object.properties().forEach(field -> {
                JsonNode value = render(field.getValue(), slots, settings);
                if (value != null) {
                    rendered.set(field.getKey(), value);
                }
            });
            return rendered;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode rendered = MAPPER.createArrayNode();
            array.forEach(item -> {
                JsonNode value = render(item, slots, settings);
                if (value != null) {
                    rendered.add(value);
                }
            });
            return rendered;
        }
        if (!node.isTextual()) {
            return node;
        }
        Matcher whole = PLACEHOLDER.matcher(node.textValue());
        if (whole.matches()) {
            return value(whole, slots, settings);
        }
        return TextNode.valueOf(PLACEHOLDER.matcher(node.textValue()).replaceAll(found -> {
            JsonNode value = value(found, slots, settings);
            return Matcher.quoteReplacement(value == null ? "" : value.isTextual() ? value.textValue()
                    : value.toString());
        }));
    }

    private static JsonNode value(MatchResult placeholder, Map<String, String> slots, JsonNode settings) {
        if ("slots".equals(placeholder.group(1))) {
            String connection = slots.get(placeholder.group(2));
            if (connection == null) {
                throw new IllegalArgumentException("undeclared slot " + placeholder.group(2));
            }
            return TextNode.valueOf(connection);
        }
        return settings.get(placeholder.group(2));
    }
}
