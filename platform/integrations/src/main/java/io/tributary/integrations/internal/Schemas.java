package io.tributary.integrations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.DisallowSchemaLoader;

/** JSON Schema (draft 2020-12) with networknt; no schema may make the platform fetch a URL. Thread-safe. */
final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).locale(Locale.ENGLISH).build();

    private Schemas() {
    }

    /** @throws IllegalArgumentException when the schema cannot be used */
    static JsonSchema compile(JsonNode schema) {
        try {
            JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
            compiled.initializeValidators();
            return compiled;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unusable JSON Schema: " + e.getMessage(), e);
        }
    }

    /** A schema that is a resource of the api bundle. */
    static JsonSchema resource(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the api bundle");
            }
            return compile(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
