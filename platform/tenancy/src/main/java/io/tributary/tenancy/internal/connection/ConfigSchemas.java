package io.tributary.tenancy.internal.connection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;

import io.tributary.api.problem.FieldError;

/**
 * Validates connection configurations against their connector's connection schema (JSON Schema draft 2020-12).
 * Compiled schemas are cached per connector bundle; no schema may make the platform fetch a URL.
 */
final class ConfigSchemas {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).locale(Locale.ENGLISH).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /**
     * The rules {@code value} breaks, each named by its path below {@code root}, e.g. {@code config.auth.password}.
     *
     * @param cacheKey identifies {@code schema} for as long as it does not change (connector id, version, bundle)
     * @throws IllegalArgumentException when the schema itself cannot be used
     */
    List<FieldError> validate(String cacheKey, JsonNode schema, JsonNode value, String root) {
        JsonSchema jsonSchema = compiled.computeIfAbsent(cacheKey, key -> compile(schema));
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : jsonSchema.validate(value)) {
            errors.add(new FieldError(fieldOf(root, message), textOf(message)));
        }
        return new ArrayList<>(errors);
    }

    private JsonSchema compile(JsonNode schema) {
        try {
            JsonSchema jsonSchema = factory.getSchema(schema, config);
            jsonSchema.initializeValidators();
            return jsonSchema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unusable connection schema", e);
        }
    }

    private static String fieldOf(String root, ValidationMessage message) {
        String field = root + message.getInstanceLocation().toString().substring(1);
        String property = message.getProperty();
        // "required" and "additionalProperties" report the object; the property itself is the field at fault
        if (property != null && !field.endsWith("." + property)) {
            field = field + "." + property;
        }
        return field;
    }

    private static String textOf(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
