package io.tributary.marketplace.internal.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.Kind;

/** Small bundles with a descriptor, as partners upload them: enough for the fake inspector to read. */
public final class TestJars {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestJars() {
    }

    /** A descriptor with an id, a version and a name, summary and description made of them. */
    public static ObjectNode descriptor(String id, String version) {
        ObjectNode descriptor = JSON.createObjectNode().put("id", id).put("version", version)
                .put("name", "Listing " + id).put("summary", "Summary of " + id)
                .put("description", "The description of " + id + ", version " + version);
        descriptor.putArray("categories").add("general");
        return descriptor;
    }

    public static Path connector(Path directory, String id, String version) throws IOException {
        return jar(directory, Kind.CONNECTOR, descriptor(id, version));
    }

    public static Path jar(Path directory, Kind kind, ObjectNode descriptor) throws IOException {
        Path file = Files.createTempFile(directory, descriptor.path("id").asText() + "-", ".jar");
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "test." + descriptor.path("id").asText());
        headers.putValue("Bundle-Version", descriptor.path("version").asText());
        String entry = "OSGI-INF/tributary/" + kind.wire() + ".json";
        headers.putValue(kind == Kind.CONNECTOR ? Connector.DESCRIPTOR_HEADER : IntegrationService.DESCRIPTOR_HEADER,
                entry);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(JSON.writeValueAsBytes(descriptor));
            jar.closeEntry();
        }
        return file;
    }
}
