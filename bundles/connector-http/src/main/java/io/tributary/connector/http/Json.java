package io.tributary.connector.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.tributary.api.connector.ConnectorException;

/** The bundle's one ObjectMapper and small readers for optional configuration values. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? value.asText() : fallback;
    }

    static String requiredText(JsonNode node, String field, String where) throws ConnectorException {
        String value = text(node, field, null);
        if (value == null || value.isBlank()) {
            throw invalid(where + "." + field + " is required");
        }
        return value;
    }

    static int integer(JsonNode node, String field, int fallback) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : fallback;
    }

    static double number(JsonNode node, String field, double fallback) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : fallback;
    }

    static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.asBoolean() : fallback;
    }

    static JsonPointer pointer(JsonNode node, String field, String where) throws ConnectorException {
        String value = text(node, field, "");
        try {
            return JsonPointer.compile(value);
        } catch (IllegalArgumentException e) {
            throw invalid(where + "." + field + " '" + value + "' is not a JSON Pointer such as /data/items");
        }
    }

    /** A field of a record, named either plainly ({@code id}) or by a JSON Pointer ({@code /meta/id}). */
    static JsonNode field(JsonNode record, String nameOrPointer) {
        if (nameOrPointer.startsWith("/")) {
            try {
                return record.at(nameOrPointer);
            } catch (IllegalArgumentException e) {
                return MissingNode.getInstance();
            }
        }
        return record.path(nameOrPointer);
    }

    /** Parses a body received over HTTP; an empty body is JSON null. */
    static JsonNode parse(byte[] body, String what) throws ConnectorException {
        if (body.length == 0) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ConnectorException(what + " is not valid JSON", false);
        }
    }

    static byte[] bytes(JsonNode node) throws ConnectorException {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new ConnectorException("cannot write JSON: " + e.getMessage(), false, e);
        }
    }

    static ConnectorException invalid(String message) {
        return new ConnectorException(message, false);
    }
}
