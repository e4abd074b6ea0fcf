package io.tributary.plugins.internal.descriptor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.problem.FieldError;

/**
 * Reads and checks a connector descriptor ({@code connector.json}) without running the bundle's code: the JSON
 * Schema, the rules the schema cannot state, and the connection and config schemas it embeds. Every failure is
 * collected, not just the first. Thread-safe; building one compiles the schemas, so keep and share it.
 */
public final class DescriptorReader {

    /** The largest descriptor (and manifest) read; a real one is a few kilobytes. */
    public static final int MAX_DESCRIPTOR_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final DescriptorSchemas schemas = new DescriptorSchemas();

    /** The descriptor of an installed bundle. */
    public DescriptorCheck read(Bundle bundle) {
        return read(new BundleDescriptorSource(bundle));
    }

    /** The descriptor named by the source's {@code Tributary-Connector} header. */
    public DescriptorCheck read(DescriptorSource source) {
        String header = source.header(Connector.DESCRIPTOR_HEADER);
        List<FieldError> problems = new ArrayList<>();
        BundlePath.descriptorProblem(header).ifPresent(why -> problems.add(new FieldError("bundle", why)));
        Version bundleVersion = null;
        try {
            bundleVersion = Version.parseVersion(source.header(Constants.BUNDLE_VERSION));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("bundle", "Bundle-Version is not an OSGi version: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new DescriptorCheck(null, problems);
        }
        String path = header.trim();
        try {
            byte[] json = source.entry(path, MAX_DESCRIPTOR_BYTES);
            if (json == null) {
                return DescriptorCheck.failed("descriptor", "the bundle has no entry " + path
                        + " (named by its Tributary-Connector header)");
            }
            return readJson(json, bundleVersion, source::hasEntry);
        } catch (IOException e) {
            return DescriptorCheck.failed("descriptor", "cannot read " + path + ": " + e.getMessage());
        }
    }

    /**
     * Checks descriptor JSON on its own, e.g. from a connector's build output in its tests.
     *
     * @param bundleVersion the version of the bundle the descriptor belongs to
     * @param entryExists   whether the bundle has an entry at a relative path (for the icon)
     */
    public DescriptorCheck readJson(byte[] json, Version bundleVersion, Predicate<String> entryExists) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return DescriptorCheck.failed("descriptor", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return DescriptorCheck.failed("descriptor", "cannot be read: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode descriptor)) {
            return DescriptorCheck.failed("descriptor", "is not a JSON object");
        }
        try {
            List<FieldError> errors = new ArrayList<>(schemas.validateDescriptor(descriptor));
            errors.addAll(DescriptorRules.check(descriptor, bundleVersion, entryExists));
            errors.addAll(embeddedSchemaErrors(descriptor));
            return new DescriptorCheck(descriptor, errors);
        } catch (RuntimeException | StackOverflowError e) {
            // a hostile or absurdly nested descriptor must not take the caller down with it
            return new DescriptorCheck(descriptor,
                    List.of(new FieldError("descriptor", "could not be checked: " + e)));
        }
    }

    private List<FieldError> embeddedSchemaErrors(ObjectNode descriptor) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode connection = descriptor.get("connection");
        if (connection != null && connection.isObject()) {
            errors.addAll(schemas.validateEmbeddedSchema("descriptor.connection", connection));
        }
        JsonNode operations = descriptor.path("operations");
        for (int i = 0; i < operations.size(); i++) {
            JsonNode config = operations.get(i).get("config");
            if (config != null && config.isObject()) {
                errors.addAll(schemas.validateEmbeddedSchema("descriptor.operations[" + i + "].config", config));
            }
        }
        return errors;
    }
}
