package io.tributary.connector.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.descriptor.DescriptorReader;

/** A connector's built descriptor, checked by the same reader the platform runs. */
final class DescriptorFile {

    // compiling the schemas takes a moment: once per test run is enough
    private static final DescriptorReader READER = new DescriptorReader();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern MAVEN_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-](.+))?");

    private final byte[] content;
    private final JsonNode json;

    private DescriptorFile(byte[] content, JsonNode json) {
        this.content = content;
        this.json = json;
    }

    static DescriptorFile load(Path path) {
        try {
            byte[] content = Files.readAllBytes(path);
            return new DescriptorFile(content, MAPPER.readTree(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the descriptor " + path.toAbsolutePath(), e);
        }
    }

    /** Every rule the descriptor breaks, with the icon looked up below {@code bundleRoot}. */
    DescriptorCheck check(String bundleVersion, Path bundleRoot) {
        return READER.readJson(content, osgiVersion(bundleVersion),
                entry -> Files.isRegularFile(bundleRoot.resolve(entry)));
    }

    Optional<JsonNode> operation(String name) {
        for (JsonNode operation : json.path("operations")) {
            if (name.equals(operation.path("name").asText())) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    JsonNode connectionSchema() {
        return json.path("connection");
    }

    /** A Maven version such as {@code 1.2.0-SNAPSHOT} as the OSGi version bnd gives the bundle. */
    static Version osgiVersion(String version) {
        Matcher parts = MAVEN_VERSION.matcher(version.trim());
        if (!parts.matches()) {
            return Version.parseVersion(version);
        }
        String qualifier = parts.group(4) == null ? "" : parts.group(4).replaceAll("[^A-Za-z0-9_-]", "_");
        return new Version(number(parts.group(1)), number(parts.group(2)), number(parts.group(3)), qualifier);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
