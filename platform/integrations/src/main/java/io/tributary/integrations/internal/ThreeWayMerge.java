package io.tributary.integrations.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges a user's flow definition with a new rendering of its template. {@code base} is the rendering the flow was
 * made from, {@code mine} the flow as it is now, {@code theirs} the new rendering. A value nobody changed stays; one
 * only the template changed takes the template's; one only the user changed keeps the user's; one both changed
 * takes the template's. Objects merge key by key; arrays and scalars are values. Missing values count as values, so a
 * field the user removed stays removed unless the template changed it.
 */
final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /** @return the merged value, or null when it is missing */
    static JsonNode merge(JsonNode base, JsonNode mine, JsonNode theirs) {
        if (Json.same(mine, base)) {
            return copy(theirs);
        }
        if (Json.same(theirs, base)) {
            return copy(mine);
        }
        if (mine instanceof ObjectNode mineObject && theirs instanceof ObjectNode theirsObject
                && (isMissing(base) || base.isObject())) {
            return mergeObjects(isMissing(base) ? Json.object() : base, mineObject, theirsObject);
        }
        return copy(theirs);
    }

    private static ObjectNode mergeObjects(JsonNode base, ObjectNode mine, ObjectNode theirs) {
        // the user's order first, then what the template adds
        Set<String> keys = new LinkedHashSet<>();
        mine.fieldNames().forEachRemaining(keys::add);
        theirs.fieldNames().forEachRemaining(keys::add);
        base.fieldNames().forEachRemaining(keys::add);
        ObjectNode merged = Json.object();
        for (String key : keys) {
            JsonNode value = merge(base.get(key), mine.get(key), theirs.get(key));
            if (value != null) {
                merged.set(key, value);
            }
        }
        return merged;
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isMissingNode();
    }

    private static JsonNode copy(JsonNode node) {
        return isMissing(node) ? null : node.deepCopy();
    }
}
