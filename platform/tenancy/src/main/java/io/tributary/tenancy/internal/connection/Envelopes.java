package io.tributary.tenancy.internal.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.tenancy.ConnectionService;

/**
 * Stored configurations hold every secret as an envelope string, {@code enc:v1:<key id>:<base64(iv|ciphertext)>}.
 * Reading them needs no schema: masking, stripping and re-encrypting find the envelopes themselves, so they work
 * even when the connector is no longer installed.
 */
public final class Envelopes {

    public static final String PREFIX = "enc:v1:";

    private Envelopes() {
    }

    public static boolean isEnvelope(JsonNode value) {
        return value != null && value.isTextual() && value.asText().startsWith(PREFIX);
    }

    /** A copy with every secret shown as {@link ConnectionService#MASK}. */
    public static ObjectNode mask(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        replaceEach(copy, envelope -> TextNode.valueOf(ConnectionService.MASK));
        return copy;
    }

    /** A copy without its secrets: the shell that exports and clones carry. */
    public static ObjectNode strip(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        replaceEach(copy, envelope -> null);
        return copy;
    }

    /**
     * Replaces, in place, every envelope inside {@code node} by what {@code replacement} returns for it, or removes
     * it when that is null.
     *
     * @return how many envelopes were found
     */
    public static int replaceEach(JsonNode node, Function<String, JsonNode> replacement) {
        int found = 0;
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(fieldNames(object))) {
                JsonNode value = object.get(name);
                if (isEnvelope(value)) {
                    found++;
                    setOrRemove(object, name, replacement.apply(value.asText()));
                } else {
                    found += replaceEach(value, replacement);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode value = array.get(i);
                if (isEnvelope(value)) {
                    found++;
                    setOrRemove(array, i, replacement.apply(value.asText()));
                } else {
                    found += replaceEach(value, replacement);
                }
            }
        }
        return found;
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void setOrRemove(ObjectNode object, String name, JsonNode value) {
        if (value == null) {
            object.remove(name);
        } else {
            object.set(name, value);
        }
    }

    private static void setOrRemove(ArrayNode array, int index, JsonNode value) {
        if (value == null) {
            array.remove(index);
        } else {
            array.set(index, value);
        }
    }
}
