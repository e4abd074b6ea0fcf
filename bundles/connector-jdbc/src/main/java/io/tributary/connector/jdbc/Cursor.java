package io.tributary.connector.jdbc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * Where the next page starts: the ordering values of the last row read, as JSON. The next page holds the rows that
 * order after them, so a run resumed from a stored cursor reads every row once, however the table changed meanwhile.
 *
 * @param after the last row's values of the ordering columns, in their order
 * @param max   the highest delta value seen so far in the run; null without a delta column or before any value
 */
record Cursor(List<JsonNode> after, JsonNode max) {

    // decimals must come back exactly as written, or a resumed read would skip or repeat rows
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    Cursor {
        after = List.copyOf(after);
    }

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode values = node.putArray("after");
        after.forEach(values::add);
        if (max != null) {
            node.set("max", max);
        }
        return node.toString();
    }

    /** Reads a cursor this source wrote, for a read ordered by {@code orderColumns} columns. */
    static Cursor decode(String text, int orderColumns) throws ConnectorException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw foreign();
        }
        JsonNode after = node == null ? null : node.get("after");
        if (after == null || !after.isArray() || after.size() != orderColumns) {
            throw foreign();
        }
        List<JsonNode> values = new ArrayList<>();
        after.forEach(values::add);
        JsonNode max = node.get("max");
        return new Cursor(values, max == null || max.isNull() ? null : max);
    }

    private static ConnectorException foreign() {
        return new ConnectorException("the cursor was not written by this source (or its key and delta columns "
                + "changed since): start the read again without it", false);
    }
}
