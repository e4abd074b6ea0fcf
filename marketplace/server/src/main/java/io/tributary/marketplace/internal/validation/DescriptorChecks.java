package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Kind;
import io.tributary.archive.ArchiveReader;

/**
 * Reads the descriptor a bundle names and checks it: JSON within the size limit, valid against its kind's schema,
 * an id fit for a listing, the bundle's version, and for an integration the rules between its parts. Each failure
 * names the descriptor's entry and starts with the JSON path it is about.
 */
final class DescriptorChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern LISTING_ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    private static final int MAX_ID_LENGTH = 64;

    private final DescriptorSchemas schemas = new DescriptorSchemas();
    private final IntegrationRules integrationRules = new IntegrationRules(schemas);
    private final long maxBytes;

    DescriptorChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param bundleVersion the Bundle-Version, or null when the manifest has none that is valid
     * @return the descriptor when it is a JSON object, even one that breaks rules; else null
     */
    ObjectNode check(DescriptorLocation location, ArchiveReader archive, Version bundleVersion, Failures failures) {
        String field = Failures.entry(location.path());
        ObjectNode descriptor = parse(location.path(), archive, field, failures);
        if (descriptor == null) {
            return null;
        }
        try {
            List<String> violations = schemas.violations(location.kind(), descriptor);
            violations.forEach(violation -> failures.add(field, violation));
            if (violations.stream().noneMatch(violation -> violation.startsWith("$.id:"))) {
                checkId(descriptor, field, failures);
            }
            checkVersion(descriptor, bundleVersion, field, failures);
            if (location.kind() == Kind.INTEGRATION) {
                integrationRules.check(descriptor).forEach(problem -> failures.add(field, problem));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // an absurdly nested or hostile descriptor must not take the publishing endpoint down
            failures.add(field, "could not be checked: " + e);
        }
        return descriptor;
    }

    private ObjectNode parse(String path, ArchiveReader archive, String field, Failures failures) {
        try {
            JsonNode node = MAPPER.readTree(archive.read(path, maxBytes));
            if (node instanceof ObjectNode descriptor) {
                return descriptor;
            }
            failures.add(field, "is not a JSON object");
        } catch (ArchiveReader.TooLargeException e) {
            failures.add(field, "is larger than " + maxBytes + " bytes, the most a descriptor may be");
        } catch (JsonProcessingException e) {
            failures.add(field, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            failures.add(field, "cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static void checkId(ObjectNode descriptor, String field, Failures failures) {
        JsonNode id = descriptor.path("id");
        if (id.isTextual()
                && (id.textValue().length() > MAX_ID_LENGTH || !LISTING_ID.matcher(id.textValue()).matches())) {
            failures.add(field, "$.id: '" + id.textValue() + "' is not a listing id: 1 to " + MAX_ID_LENGTH
                    + " lower-case letters, digits and single hyphens, starting with a letter");
        }
    }

    private static void checkVersion(ObjectNode descriptor, Version bundleVersion, String field, Failures failures) {
        JsonNode version = descriptor.path("version");
        if (!version.isTextual() || bundleVersion == null) {
            return;
        }
        String expected = bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro();
        if (!version.textValue().equals(expected)) {
            failures.add(field, "$.version: is " + version.textValue() + " but the Bundle-Version is "
                    + bundleVersion + "; it must be " + expected);
        }
    }
}
