package io.tributary.marketplace.internal.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

/** Builds artifacts for the tests: a valid connector or integration bundle to start from, then what to spoil. */
final class TestArtifacts {

    static final String CONNECTOR_DESCRIPTOR = "OSGI-INF/tributary/connector.json";
    static final String INTEGRATION_DESCRIPTOR = "OSGI-INF/tributary/integration.json";
    static final String ICON = "OSGI-INF/tributary/icon.svg";
    static final String ICON_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\""
            + " height=\"8\"/></svg>";
    static final String COMPONENT_XML = "OSGI-INF/com.acme.widget.WidgetConnector.xml";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<Consumer<RawZip>> extras = new ArrayList<>();
    private boolean manifest = true;

    private TestArtifacts() {
        headers.put("Manifest-Version", "1.0");
        headers.put("Bundle-ManifestVersion", "2");
    }

    /** A valid connector {@code acme-widget} 1.2.0 that imports the connector api [1.0,2). */
    static TestArtifacts connector() {
        TestArtifacts artifact = new TestArtifacts()
                .header("Bundle-SymbolicName", "com.acme.widget")
                .header("Bundle-Version", "1.2.0.v20250101")
                .header("Import-Package",
                        "io.tributary.api.connector;version=\"[1.0,2)\",org.slf4j;version=\"[1.7,2)\"")
                .header("Tributary-Connector", CONNECTOR_DESCRIPTOR)
                .entry(ICON, ICON_SVG)
                .entry(COMPONENT_XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><scr:component"
                        + " xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"widget\"/>")
                .entry("com/acme/widget/WidgetConnector.class", "not really a class");
        return artifact.descriptor(CONNECTOR_DESCRIPTOR, connectorDescriptor());
    }

    /** A valid integration {@code widget-sync} 2.0.1 with two connectors, two slots, settings and one flow. */
    static TestArtifacts integration() {
        TestArtifacts artifact = new TestArtifacts()
                .header("Bundle-SymbolicName", "com.acme.widget.sync")
                .header("Bundle-Version", "2.0.1")
                .header("Tributary-Integration", INTEGRATION_DESCRIPTOR);
        return artifact.descriptor(INTEGRATION_DESCRIPTOR, integrationDescriptor());
    }

    static ObjectNode connectorDescriptor() {
        return parse("""
                {"id": "acme-widget", "name": "Acme Widget", "version": "1.2.0",
                 "description": "Reads widgets from Acme. Writes them too.", "icon": "%s",
                 "categories": ["crm", "acme"],
                 "connection": {"type": "object", "properties": {"url": {"type": "string"}}},
                 "operations": [{"name": "read", "kind": "source", "title": "Read widgets",
                                 "config": {"type": "object"}}]}
                """.formatted(ICON));
    }

    static ObjectNode integrationDescriptor() {
        return parse("""
                {"id": "widget-sync", "name": "Widget sync", "version": "2.0.1",
                 "summary": "Copies widgets from Acme to a database.", "changelog": "First release.",
                 "connectors": [{"id": "acme-widget", "version": "[1.2,2)"}, {"id": "jdbc", "version": "[1.0,2)"}],
                 "slots": [{"name": "acme", "connector": "acme-widget"}, {"name": "db", "connector": "jdbc"}],
                 "settings": {"type": "object", "properties": {
                     "table": {"type": "string", "default": "widgets"},
                     "batch": {"type": "integer", "minimum": 1, "default": 100}}},
                 "flows": [{"key": "sync", "template": {
                     "source": {"connection": "{{slots.acme}}", "operation": "read"},
                     "destination": {"connection": "{{slots.db}}", "config": {"table": "{{settings.table}}",
                                     "batch": "{{settings.batch}}"}}}}]}
                """);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestArtifacts header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    TestArtifacts withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    TestArtifacts withoutManifest() {
        manifest = false;
        return this;
    }

    TestArtifacts entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TestArtifacts entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    TestArtifacts withoutEntry(String name) {
        entries.remove(name);
        return this;
    }

    TestArtifacts descriptor(String path, ObjectNode descriptor) {
        return entry(path, descriptor.toPrettyString());
    }

    /** Anything {@link RawZip} can write, added after the regular entries, e.g. a second entry of the same name. */
    TestArtifacts raw(Consumer<RawZip> extra) {
        extras.add(extra);
        return this;
    }

    Path write(Path folder) throws IOException {
        RawZip zip = new RawZip();
        if (manifest) {
            zip.add(BundleHeaders.MANIFEST, manifestBytes());
        }
        entries.forEach(zip::add);
        extras.forEach(extra -> extra.accept(zip));
        return Files.write(Files.createTempFile(folder, "artifact", ".jar"), zip.bytes());
    }

    /** The artifact as the JDK's {@code JarOutputStream} writes it (data descriptors, no Unix modes), as tools do. */
    Path writeWithJdk(Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "artifact", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new JarEntry(BundleHeaders.MANIFEST));
            out.write(manifestBytes());
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
        return file;
    }

    private byte[] manifestBytes() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        headers.forEach((name, value) -> main.put(new Attributes.Name(name), value));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            manifest.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A publisher with a fresh Ed25519 key pair. */
    record Publisher(KeyPair pair, PublisherKey key) {

        static Publisher generate() {
            KeyPair pair = SigningKeys.generate();
            try {
                return new Publisher(pair, PublisherKey.parse(SigningKeys.publicPem(pair)));
            } catch (KeyException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The detached signature of the file, as a {@code .sig} file holds it. */
        byte[] sign(Path file) throws IOException {
            try {
                return Signatures.sign(pair.getPrivate(), file).getBytes(StandardCharsets.US_ASCII);
            } catch (KeyException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
