package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.Kind;
import io.tributary.plugins.internal.descriptor.DescriptorReader;
import io.tributary.plugins.internal.descriptor.LimitedReads;

/**
 * What the installer needs from a verified artifact's manifest: which kind of bundle it is, how to find it in the
 * framework, and where its descriptor is. Read only after the signature verified.
 *
 * @param descriptorPath the entry its {@code Tributary-Connector} or {@code Tributary-Integration} header names
 */
record JarFacts(Kind kind, String symbolicName, String bundleVersion, String descriptorPath) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @throws IOException when the file is no jar, or no connector or integration bundle */
    static JarFacts read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IOException("it has no META-INF/MANIFEST.MF");
            }
            Attributes headers = manifest.getMainAttributes();
            String symbolicName = headers.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (symbolicName == null || symbolicName.isBlank()) {
                throw new IOException("it has no Bundle-SymbolicName, so it is no OSGi bundle");
            }
            String version = headers.getValue(Constants.BUNDLE_VERSION);
            String connector = headers.getValue(Connector.DESCRIPTOR_HEADER);
            String integration = headers.getValue(IntegrationService.DESCRIPTOR_HEADER);
            if (connector == null && integration == null) {
                throw new IOException("it is neither a connector (" + Connector.DESCRIPTOR_HEADER + " header) nor an"
                        + " integration (" + IntegrationService.DESCRIPTOR_HEADER + " header)");
            }
            return new JarFacts(connector != null ? Kind.CONNECTOR : Kind.INTEGRATION,
                    symbolicName.split(";", 2)[0].strip(), version == null ? "0.0.0" : version.strip(),
                    (connector != null ? connector : integration).strip());
        }
    }

    /** The descriptor JSON of the jar these facts were read from. */
    ObjectNode descriptor(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            ZipEntry entry = file.getEntry(descriptorPath);
            if (entry == null) {
                throw new IOException("the bundle has no entry " + descriptorPath);
            }
            try (InputStream in = file.getInputStream(entry)) {
                JsonNode json = MAPPER.readTree(LimitedReads.readAll(in, DescriptorReader.MAX_DESCRIPTOR_BYTES));
                if (!(json instanceof ObjectNode descriptor)) {
                    throw new IOException(descriptorPath + " is not a JSON object");
                }
                return descriptor;
            }
        }
    }
}
