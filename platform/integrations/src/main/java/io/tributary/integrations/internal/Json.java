package io.tributary.integrations.internal;

import java.util.Comparator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One shared mapper and the comparisons merges need. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Numbers compare by value (7 and 7.0 are the same), everything else as Jackson does. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** Parses what this bundle stored itself. */
    static ObjectNode readObject(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("Stored JSON is not an object");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be parsed at line " + e.getLocation().getLineNr());
        }
    }

    /** Deep equality, null standing for a missing value. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isMissingNode() || b == null || b.isMissingNode()) {
            return (a == null || a.isMissingNode()) && (b == null || b.isMissingNode());
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
