package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.DisallowSchemaLoader;
import com.networknt.schema.resource.SchemaLoader;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.Kind;

/**
 * JSON Schema checks with networknt: descriptors against the api bundle's {@code connector.schema.json} and
 * {@code integration.schema.json}, and schemas a descriptor embeds against the draft 2020-12 meta-schema.
 * Thread-safe once built; building compiles the schemas, so keep one.
 */
final class DescriptorSchemas {

    private static final String CONNECTOR_SCHEMA = "/io/tributary/api/connector/connector.schema.json";
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    // networknt prints the whole sub-schema of a failed "not"; connector.schema.json's only ones guard kind fields
    private static final String NOT_RULE = "must not be valid to the schema";
    private static final String KIND_FIELDS =
            "has a field its kind does not allow: modes and maxBatch belong to destinations, delta to sources";

    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build();
    private final JsonSchemaFactory factory = factory(SpecVersion.VersionFlag.V202012);
    private final JsonSchema connector = load(Connector.class.getResourceAsStream(CONNECTOR_SCHEMA), CONNECTOR_SCHEMA);
    private final JsonSchema integration = load(
            IntegrationService.class.getResourceAsStream(IntegrationService.SCHEMA_RESOURCE),
            IntegrationService.SCHEMA_RESOURCE);
    private final JsonSchema metaSchema = compiled(factory.getSchema(SchemaLocation.of(META_SCHEMA), config));

    /** The descriptor schema's rules the descriptor breaks, each starting with its JSON path, e.g. {@code $.id: }. */
    List<String> violations(Kind kind, JsonNode descriptor) {
        Set<String> messages = new LinkedHashSet<>();
        JsonSchema schema = kind == Kind.CONNECTOR ? connector : integration;
        for (ValidationMessage message : schema.validate(descriptor)) {
            String text = message.getMessage();
            messages.add(text.contains(NOT_RULE) ? message.getInstanceLocation() + ": " + KIND_FIELDS : text);
        }
        return new ArrayList<>(messages);
    }

    /**
     * Why an embedded schema is no usable JSON Schema: it breaks the meta-schema, or does not compile (a bad
     * pattern, a {@code $ref} that does not resolve or points outside the descriptor); empty when usable.
     */
    List<String> unusable(JsonNode schema) {
        List<String> problems = texts(metaSchema.validate(schema), message -> true);
        if (problems.isEmpty()) {
            try {
                compiled(factory.getSchema(schema, config));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("is not a usable JSON Schema: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            }
        }
        return problems;
    }

    /**
     * The rules of {@code schema} that the value of one of its properties breaks; the object as a whole (e.g. a
     * required property it lacks) is not judged. {@code schema} must be {@link #unusable usable}.
     */
    List<String> propertyViolations(JsonNode schema, JsonNode object) {
        return texts(compiled(factory.getSchema(schema, config)).validate(object),
                message -> message.getInstanceLocation().getNameCount() > 0);
    }

    private JsonSchema load(InputStream in, String resource) {
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the api bundle");
        }
        try (in) {
            JsonNode node = new ObjectMapper().readTree(in);
            SpecVersion.VersionFlag version =
                    SpecVersionDetector.detectOptionalVersion(node, false).orElse(SpecVersion.VersionFlag.V202012);
            return compiled(factory(version).getSchema(node, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema compiled(JsonSchema schema) {
        schema.initializeValidators();
        return schema;
    }

    private static List<String> texts(Set<ValidationMessage> messages, Predicate<ValidationMessage> keep) {
        Set<String> texts = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            if (keep.test(message)) {
                texts.add(message.getMessage());
            }
        }
        return new ArrayList<>(texts);
    }

    /**
     * A factory that serves the meta-schemas networknt ships from its own bundle rather than the thread's context
     * class loader, and refuses every other IRI: a descriptor never makes the marketplace fetch a URL.
     */
    private static JsonSchemaFactory factory(SpecVersion.VersionFlag version) {
        SchemaLoader bundled = new ClasspathSchemaLoader(JsonSchemaFactory.class::getClassLoader);
        SchemaLoader metaSchemasOnly =
                iri -> iri != null && iri.toString().startsWith("classpath:draft") ? bundled.getSchema(iri) : null;
        return JsonSchemaFactory.getInstance(version, builder -> builder.schemaLoaders(
                loaders -> loaders.add(metaSchemasOnly).add(DisallowSchemaLoader.getInstance())));
    }
}
