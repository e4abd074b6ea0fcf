package io.tributary.connector.jdbc;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.connector.jdbc.Column.Kind;

/** Finds the highest delta value, comparing as the column's type orders: numbers, instants, dates or text. */
final class Watermarks {

    private Watermarks() {
    }

    /**
     * The highest delta value among a starting value and some rows.
     *
     * @param start the highest value before these rows; null if none
     * @return the highest value, or null when there is none at all
     */
    static JsonNode highest(JsonNode start, List<ObjectNode> rows, Column delta) {
        JsonNode highest = start;
        for (ObjectNode row : rows) {
            JsonNode value = row.get(delta.field());
            if (value != null && !value.isNull() && (highest == null || compare(value, highest, delta.kind()) > 0)) {
                highest = value;
            }
        }
        return highest;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(JsonNode left, JsonNode right, Kind kind) {
        Comparable a = comparable(left, kind);
        Comparable b = comparable(right, kind);
        return a.compareTo(b);
    }

    private static Comparable<?> comparable(JsonNode value, Kind kind) {
        if (kind.isNumeric()) {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
        }
        if (kind.isTemporal()) {
            return Temporals.comparable(value.asText().strip(), kind);
        }
        return value.asText();
    }
}
