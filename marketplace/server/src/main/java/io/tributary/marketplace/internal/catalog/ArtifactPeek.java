package io.tributary.marketplace.internal.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.Kind;

/**
 * A glance at what a jar says it is, before and without the publishing checks: its kind from the manifest header
 * naming its descriptor, and the descriptor's id and version. Lenient: anything unreadable is empty, as the checks
 * will tell why. Reads at most {@value #MAX_BYTES} bytes of each file.
 *
 * @param kind    the kind its manifest names a descriptor for
 * @param id      the descriptor's id
 * @param version the descriptor's version
 */
public record ArtifactPeek(Kind kind, String id, String version) {

    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<ArtifactPeek> of(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            byte[] manifestBytes = read(zip, "META-INF/MANIFEST.MF");
            if (manifestBytes == null) {
                return Optional.empty();
            }
            Attributes headers = new Manifest(new ByteArrayInputStream(manifestBytes)).getMainAttributes();
            Kind kind = headers.getValue(Connector.DESCRIPTOR_HEADER) != null ? Kind.CONNECTOR
                    : headers.getValue(IntegrationService.DESCRIPTOR_HEADER) != null ? Kind.INTEGRATION : null;
            if (kind == null) {
                return Optional.empty();
            }
            String header = kind == Kind.CONNECTOR ? Connector.DESCRIPTOR_HEADER : IntegrationService.DESCRIPTOR_HEADER;
            byte[] descriptorBytes = read(zip, headers.getValue(header).strip());
            if (descriptorBytes == null) {
                return Optional.empty();
            }
            JsonNode descriptor = JSON.readTree(descriptorBytes);
            String id = descriptor.path("id").asText("");
            String version = descriptor.path("version").asText("");
            return id.isEmpty() || version.isEmpty() ? Optional.empty()
                    : Optional.of(new ArtifactPeek(kind, id, version));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The entry's bytes, or null when it is missing or larger than {@value #MAX_BYTES}. */
    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        }
    }
}
