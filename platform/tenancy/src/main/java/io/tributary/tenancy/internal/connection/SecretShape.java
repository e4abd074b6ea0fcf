package io.tributary.tenancy.internal.connection;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.ConnectionService;

/**
 * Where the secrets of a configuration are: every value whose schema says {@code "writeOnly": true}, at any depth.
 * Built by walking {@code properties}, {@code additionalProperties}/{@code patternProperties}, {@code items}, the
 * combinators {@code allOf}/{@code anyOf}/{@code oneOf}, {@code then}/{@code else}, {@code dependentSchemas} and
 * local {@code $ref}s: a field counts as secret if any branch marks it so.
 */
final class SecretShape {

    private static final int MAX_DEPTH = 32;
    private static final SecretShape NONE = new SecretShape();
    private static final List<String> SAME_LEVEL_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> SAME_LEVEL_SCHEMAS = List.of("then", "else");

    private boolean secret;
    private final Map<String, SecretShape> properties = new HashMap<>();
    private SecretShape otherProperties;
    private SecretShape items;

    static SecretShape of(JsonNode schema) {
        SecretShape shape = new SecretShape();
        shape.absorb(schema, schema, 0);
        return shape;
    }

    /** In place: each secret value becomes what {@code replacement} returns, or is removed when that is null. */
    void replaceSecrets(JsonNode node, UnaryOperator<JsonNode> replacement) {
        if (node instanceof ObjectNode object) {
            for (String name : Envelopes.fieldNames(object)) {
                SecretShape child = childFor(name);
                if (child.secret) {
                    JsonNode replaced = replacement.apply(object.get(name));
                    if (replaced == null) {
                        object.remove(name);
                    } else {
                        object.set(name, replaced);
                    }
                } else {
                    child.replaceSecrets(object.get(name), replacement);
                }
            }
        } else if (node instanceof ArrayNode array && items != null) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (!items.secret) {
                    items.replaceSecrets(array.get(i), replacement);
                    continue;
                }
                JsonNode replaced = replacement.apply(array.get(i));
                if (replaced == null) {
                    array.remove(i);
                } else {
                    array.set(i, replaced);
                }
            }
        }
    }

    /**
     * In place: where {@code draft} leaves a secret out or gives the mask, it takes the stored value; a mask with
     * nothing stored is dropped. Secrets are only kept where their parent object is in the draft.
     *
     * @param stored the stored configuration at the same place, decrypted; null when there is none
     */
    void keepStored(JsonNode draft, JsonNode stored) {
        JsonNode storedOrMissing = stored == null ? MissingNode.getInstance() : stored;
        if (draft instanceof ArrayNode array && items != null) {
            items.keepStoredElements(array, storedOrMissing);
        } else if (draft instanceof ObjectNode object) {
            Set<String> names = new LinkedHashSet<>(properties.keySet());
            names.addAll(Envelopes.fieldNames(object));
            for (String name : names) {
                SecretShape child = childFor(name);
                if (child.secret) {
                    keepStoredSecret(object, name, storedOrMissing.get(name));
                } else if (object.has(name)) {
                    child.keepStored(object.get(name), storedOrMissing.get(name));
                }
            }
        }
    }

    private static void keepStoredSecret(ObjectNode draft, String name, JsonNode kept) {
        JsonNode given = draft.get(name);
        if (given != null && !isMask(given)) {
            return;
        }
        if (kept != null) {
            draft.set(name, kept.deepCopy());
        } else {
            draft.remove(name);
        }
    }

    /** Array elements are matched by index; this shape is the elements'. */
    private void keepStoredElements(ArrayNode draft, JsonNode stored) {
        for (int i = draft.size() - 1; i >= 0; i--) {
            JsonNode kept = stored.get(i);
            if (!secret) {
                keepStored(draft.get(i), kept);
            } else if (isMask(draft.get(i)) && kept != null) {
                draft.set(i, kept.deepCopy());
            } else if (isMask(draft.get(i))) {
                draft.remove(i);
            }
        }
    }

    /** Calls {@code visitor} with the path and text of every string that is not a secret. */
    void visitNonSecretTexts(JsonNode node, String path, BiConsumer<String, String> visitor) {
        if (node.isTextual()) {
            visitor.accept(path, node.asText());
        } else if (node.isObject()) {
            for (String name : Envelopes.fieldNames(node)) {
                SecretShape child = childFor(name);
                if (!child.secret) {
                    child.visitNonSecretTexts(node.get(name), path + "." + name, visitor);
                }
            }
        } else if (node.isArray()) {
            SecretShape element = items == null ? NONE : items;
            for (int i = 0; i < node.size() && !element.secret; i++) {
                element.visitNonSecretTexts(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    static boolean isMask(JsonNode value) {
        return value != null && value.isTextual() && ConnectionService.MASK.equals(value.asText());
    }

    private SecretShape childFor(String name) {
        SecretShape child = properties.get(name);
        if (child != null) {
            return child;
        }
        return otherProperties == null ? NONE : otherProperties;
    }

    private void absorb(JsonNode root, JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return;
        }
        secret |= schema.path("writeOnly").asBoolean(false);
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            absorb(root, root.at(ref.asText().substring(1)), depth + 1);
        }
        schema.path("properties").fields().forEachRemaining(property -> properties
                .computeIfAbsent(property.getKey(), name -> new SecretShape())
                .absorb(root, property.getValue(), depth + 1));
        schema.path("patternProperties").elements().forEachRemaining(sub -> other().absorb(root, sub, depth + 1));
        if (schema.path("additionalProperties").isObject()) {
            other().absorb(root, schema.get("additionalProperties"), depth + 1);
        }
        if (schema.path("items").isObject()) {
            if (items == null) {
                items = new SecretShape();
            }
            items.absorb(root, schema.get("items"), depth + 1);
        }
        // combinators and conditionals describe this same value: their fields join this level
        SAME_LEVEL_LISTS.forEach(key -> schema.path(key).elements()
                .forEachRemaining(branch -> absorb(root, branch, depth + 1)));
        SAME_LEVEL_SCHEMAS.forEach(key -> absorb(root, schema.get(key), depth + 1));
        schema.path("dependentSchemas").elements().forEachRemaining(branch -> absorb(root, branch, depth + 1));
    }

    private SecretShape other() {
        if (otherProperties == null) {
            otherProperties = new SecretShape();
        }
        return otherProperties;
    }
}
