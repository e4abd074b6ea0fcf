package io.tributary.engine.internal.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;

/** One shared mapper and the few conversions the engine needs. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** Parses what the engine stored itself; never echoes the text, which may be record data. */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be parsed at line " + e.getLocation().getLineNr());
        }
    }

    public static ObjectNode readObject(String text) {
        JsonNode node = read(text);
        if (!node.isObject()) {
            throw new IllegalStateException("Stored JSON is not an object");
        }
        return (ObjectNode) node;
    }

    /** A record as {@code {key, data}}, the shape of previews and stored webhook records. */
    public static ObjectNode keyed(Record record) {
        ObjectNode node = object();
        node.put("key", record.key());
        node.set("data", record.data());
        return node;
    }

    public static Record unkeyed(JsonNode node) {
        return new Record(node.path("key").asText(), (ObjectNode) node.get("data"));
    }
}
