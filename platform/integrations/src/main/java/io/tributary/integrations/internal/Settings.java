package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

import io.tributary.api.problem.FieldError;

/** An integration's settings: the given values, defaults filled in, valid against the version's settings schema. */
final class Settings {

    private Settings() {
    }

    /**
     * @param schema the descriptor's settings schema
     * @param given  the values, or null for none
     * @return a copy of the given values with the schema's defaults for what they leave out
     * @throws io.tributary.api.problem.ProblemException 422 naming each {@code settings.<field>} that breaks a rule
     */
    static ObjectNode complete(ObjectNode schema, ObjectNode given) {
        ObjectNode settings = given == null ? Json.object() : given.deepCopy();
        fillDefaults(schema, settings);
        List<FieldError> errors;
        try {
            errors = toFieldErrors(Schemas.compile(schema).validate(settings));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("settings", "cannot be checked: the integration's settings schema is unusable");
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return settings;
    }

    /**
     * The settings of an installed version carried over to another version's schema: what that schema no longer
     * declares is dropped when it refuses undeclared settings, the new ones get their defaults.
     *
     * @throws io.tributary.api.problem.ProblemException 422 naming each {@code settings.<field>} that breaks a rule
     */
    static ObjectNode carriedOver(ObjectNode schema, ObjectNode installed) {
        ObjectNode kept = installed.deepCopy();
        if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
            Set<String> declared = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(declared::add);
            kept.retain(declared);
        }
        return complete(schema, kept);
    }

    /** Defaults of {@code properties}, into nested objects too. */
    private static void fillDefaults(JsonNode schema, ObjectNode value) {
        schema.path("properties").properties().forEach(property -> {
            JsonNode propertySchema = property.getValue();
            if (!value.has(property.getKey()) && propertySchema.has("default")) {
                value.set(property.getKey(), propertySchema.get("default").deepCopy());
            }
            if (value.get(property.getKey()) instanceof ObjectNode nested) {
                fillDefaults(propertySchema, nested);
            }
        });
    }

    private static List<FieldError> toFieldErrors(Set<ValidationMessage> messages) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            errors.add(new FieldError(fieldOf(message), textOf(message)));
        }
        return new ArrayList<>(errors);
    }

    private static String fieldOf(ValidationMessage message) {
        String field = "settings" + message.getInstanceLocation().toString().substring(1); // without the $
        String property = message.getProperty();
        // "required" and "additionalProperties" report the object; the property itself is the field at fault
        if (property != null && !field.endsWith("." + property)) {
            field = field + "." + property;
        }
        return field;
    }

    private static String textOf(ValidationMessage message) {
        if ("false".equals(message.getType())) {
            return "is not allowed here";
        }
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
