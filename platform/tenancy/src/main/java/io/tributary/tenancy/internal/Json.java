package io.tributary.tenancy.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One shared mapper and the few conversions the services need. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // never echo the text: it may be a decrypted secret
            throw new IllegalStateException("Stored JSON cannot be parsed at line " + e.getLocation().getLineNr());
        }
    }

    /** An object parsed from stored text; null for null. */
    public static ObjectNode readObject(String text) {
        if (text == null) {
            return null;
        }
        JsonNode node = read(text);
        if (!node.isObject()) {
            throw new IllegalStateException("Stored JSON is not an object");
        }
        return (ObjectNode) node;
    }
}
