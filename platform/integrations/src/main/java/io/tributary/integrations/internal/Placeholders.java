package io.tributary.integrations.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Renders flow templates. A string that is a whole placeholder becomes a value: {@code "{{slots.<name>}}"} the slot's
 * connection id, {@code "{{settings.<path>}}"} the setting with its JSON type (a dotted path reaches into objects);
 * a setting that has no value leaves its field (or array item) out. Inside a longer string a placeholder becomes
 * text: a text setting as it is, any other as JSON, a missing one as nothing.
 *
 * <p>Rendering runs in two steps: settings first (what the stored base definitions keep, slots still as
 * placeholders, so that a slot can be pointed at another connection later), then the slots' current connections.
 * A renderer without values for a kind leaves that kind's placeholders as they are, as it does for unknown slots.
 */
final class Placeholders {

    static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*(slots|settings)\\.([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\\s*\\}\\}");

    /** Stands for "leave the placeholder as it is"; compared by identity. */
    private static final JsonNode KEEP = TextNode.valueOf("");

    private final Map<String, String> slots;
    private final JsonNode settings;

    private Placeholders(Map<String, String> slots, JsonNode settings) {
        this.slots = slots;
        this.settings = settings;
    }

    /** Replaces settings placeholders, leaving those of slots. */
    static Placeholders settings(ObjectNode settings) {
        return new Placeholders(null, settings);
    }

    /** @param connections slot name to connection id */
    static Placeholders slots(Map<String, String> connections) {
        return new Placeholders(connections, null);
    }

    /** A rendered copy of the template; the template is left as it is. */
    ObjectNode render(ObjectNode template) {
        return (ObjectNode) value(template);
    }

    /** The names of the slots a template uses. */
    static Set<String> slotsUsed(JsonNode template) {
        Set<String> names = new TreeSet<>();
        collectSlots(template, names);
        return names;
    }

    /** Whether a value is exactly the placeholder of a slot. */
    static boolean isSlot(JsonNode value, String slot) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        Matcher matcher = PLACEHOLDER.matcher(value.textValue());
        return matcher.matches() && "slots".equals(matcher.group(1)) && slot.equals(matcher.group(2));
    }

    /** @return the rendered value; null when it is to be left out */
    private JsonNode value(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode rendered = Json.object();
            object.properties().forEach(field -> {
                JsonNode value = value(field.getValue());
                if (value != null) {
                    rendered.set(field.getKey(), value);
                }
            });
            return rendered;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode rendered = Json.MAPPER.createArrayNode();
            array.forEach(item -> {
                JsonNode value = value(item);
                if (value != null) {
                    rendered.add(value);
                }
            });
            return rendered;
        }
        return node.isTextual() ? text(node.textValue()) : node.deepCopy();
    }

    private JsonNode text(String text) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            JsonNode value = lookup(whole.group(1), whole.group(2));
            return value == null ? null : value == KEEP ? TextNode.valueOf(text) : value.deepCopy();
        }
        return TextNode.valueOf(PLACEHOLDER.matcher(text).replaceAll(found -> {
            JsonNode value = lookup(found.group(1), found.group(2));
            String replacement = value == KEEP ? found.group()
                    : value == null ? ""
                    : value.isTextual() ? value.textValue() : Json.write(value);
            return Matcher.quoteReplacement(replacement);
        }));
    }

    /** @return the value, null when there is none, or {@link #KEEP} */
    private JsonNode lookup(String kind, String path) {
        if ("slots".equals(kind)) {
            String connection = slots == null ? null : slots.get(path);
            return connection == null ? KEEP : TextNode.valueOf(connection);
        }
        if (settings == null) {
            return KEEP;
        }
        JsonNode value = settings;
        for (String name : path.split("\\.")) {
            value = value.path(name);
        }
        return value.isMissingNode() ? null : value;
    }

    private static void collectSlots(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.textValue());
            while (matcher.find()) {
                if ("slots".equals(matcher.group(1))) {
                    names.add(matcher.group(2));
                }
            }
        }
        node.forEach(child -> collectSlots(child, names));
    }
}
