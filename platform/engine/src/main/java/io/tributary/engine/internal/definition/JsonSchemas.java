package io.tributary.engine.internal.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import io.tributary.api.flow.FlowService;
import io.tributary.api.problem.FieldError;

/**
 * JSON Schema checks with networknt (draft 2020-12): definitions against {@code flow.schema.json} from the api bundle,
 * operation configs against their descriptor's config schema. No schema may make the platform fetch a URL.
 * Thread-safe; compiled config schemas are kept per connector version and operation.
 */
final class JsonSchemas {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).locale(Locale.ENGLISH).build();
    private final JsonSchema flowSchema = loadFlowSchema();
    private final Map<String, JsonSchema> configSchemas = new ConcurrentHashMap<>();

    /** The rules of {@code flow.schema.json} the definition breaks, named by their path, e.g. {@code steps[0].type}. */
    List<FieldError> flow(JsonNode definition) {
        return toFieldErrors("", flowSchema.validate(definition), false);
    }

    /**
     * The rules of an operation's config schema that {@code value} breaks, each named by its path below {@code field}.
     *
     * @param cacheKey        identifies {@code schema} for as long as it does not change
     * @param missingAllowed  whether required fields may be missing (a lookup's params may bring them at run time)
     * @throws IllegalArgumentException when the schema itself cannot be used
     */
    List<FieldError> config(String cacheKey, JsonNode schema, JsonNode value, String field, boolean missingAllowed) {
        JsonSchema jsonSchema = configSchemas.computeIfAbsent(cacheKey, key -> compile(schema));
        return toFieldErrors(field, jsonSchema.validate(value), missingAllowed);
    }

    private JsonSchema compile(JsonNode schema) {
        try {
            JsonSchema jsonSchema = factory.getSchema(schema, config);
            jsonSchema.initializeValidators();
            return jsonSchema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unusable config schema", e);
        }
    }

    private JsonSchema loadFlowSchema() {
        try (InputStream in = FlowService.class.getResourceAsStream(FlowService.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FlowService.SCHEMA_RESOURCE + " is missing from the api bundle");
            }
            JsonSchema schema = factory.getSchema(in, config);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FieldError> toFieldErrors(String root, Set<ValidationMessage> messages,
                                                  boolean missingAllowed) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            if (!(missingAllowed && "required".equals(message.getType()))) {
                errors.add(new FieldError(fieldOf(root, message), textOf(message)));
            }
        }
        return new ArrayList<>(errors);
    }

    private static String fieldOf(String root, ValidationMessage message) {
        String location = message.getInstanceLocation().toString().substring(1); // without the leading $
        String field = root.isEmpty() && location.startsWith(".") ? location.substring(1) : root + location;
        String property = message.getProperty();
        // "required" and "additionalProperties" report the object; the property itself is the field at fault
        if (property != null && !field.equals(property) && !field.endsWith("." + property)) {
            field = field.isEmpty() ? property : field + "." + property;
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
