package io.tributary.plugins.internal.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.DisallowSchemaLoader;
import com.networknt.schema.resource.SchemaLoader;

import io.tributary.api.connector.Connector;
import io.tributary.api.problem.FieldError;

/**
 * JSON Schema checks with networknt: the descriptor against {@code connector.schema.json} from the api bundle, and
 * the connection and config schemas it embeds against the draft 2020-12 meta-schema. Thread-safe once built.
 */
final class DescriptorSchemas {

    private static final String SCHEMA_RESOURCE = "connector.schema.json";
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    // the only "not" rules of connector.schema.json; networknt's own message prints the whole sub-schema
    private static final String NOT_RULE = "must not be valid to the schema";
    private static final String KIND_FIELDS =
            "has a field its kind does not allow: modes and maxBatch belong to destinations, delta to sources";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final JsonSchema descriptorSchema;
    private final JsonSchema metaSchema;

    DescriptorSchemas() {
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(metaSchemasOnly())
                        .add(DisallowSchemaLoader.getInstance())));
        config = SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).locale(Locale.ENGLISH).build();
        descriptorSchema = load();
        metaSchema = factory.getSchema(SchemaLocation.of(META_SCHEMA), config);
        metaSchema.initializeValidators();
    }

    /** Rules of {@code connector.schema.json} broken by the descriptor; fields start with {@code descriptor}. */
    List<FieldError> validateDescriptor(JsonNode descriptor) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : toFieldErrors("descriptor", descriptorSchema.validate(descriptor))) {
            errors.add(error.message().startsWith(NOT_RULE) ? new FieldError(error.field(), KIND_FIELDS) : error);
        }
        return errors;
    }

    /**
     * Why an embedded schema is not a usable JSON Schema: it breaks the meta-schema, or it cannot be compiled
     * (a bad regular expression, a {@code $ref} that does not resolve or points outside the descriptor).
     */
    List<FieldError> validateEmbeddedSchema(String field, JsonNode schema) {
        List<FieldError> errors = toFieldErrors(field, metaSchema.validate(schema));
        if (errors.isEmpty()) {
            try {
                factory.getSchema(schema, config).initializeValidators();
            } catch (RuntimeException | StackOverflowError e) {
                String why = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
                errors.add(new FieldError(field, "is not a usable JSON Schema: " + why));
            }
        }
        return errors;
    }

    private JsonSchema load() {
        // a classpath resource of the api bundle, next to the Connector interface it describes
        try (InputStream in = Connector.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the api bundle");
            }
            JsonSchema schema = factory.getSchema(in, config);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serves the meta-schemas networknt ships, from its own bundle rather than the thread's context class loader;
     * every other IRI falls through to the disallowing loader, so a descriptor never makes the platform fetch a URL.
     */
    private static SchemaLoader metaSchemasOnly() {
        SchemaLoader bundled = new ClasspathSchemaLoader(JsonSchemaFactory.class::getClassLoader);
        return iri -> iri != null && iri.toString().startsWith("classpath:draft") ? bundled.getSchema(iri) : null;
    }

    private static List<FieldError> toFieldErrors(String root, Set<ValidationMessage> messages) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            errors.add(new FieldError(fieldOf(root, message), textOf(message)));
        }
        return new ArrayList<>(errors);
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
