package io.tributary.itests.bundles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small connector bundles in memory, so each test shows exactly what makes its bundle bad. */
public final class TestBundles {

    private final Manifest manifest = new Manifest();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private TestBundles() {
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    }

    /** A jar with nothing but a manifest version. */
    public static TestBundles jar() {
        return new TestBundles();
    }

    /** A connector bundle skeleton: OSGi headers and a descriptor for {@code id} at {@code version}. */
    public static TestBundles connector(String id, String version) {
        return new TestBundles()
                .header("Bundle-ManifestVersion", "2")
                .header("Bundle-SymbolicName", "io.tributary.itests." + id)
                .header("Bundle-Version", version)
                .header("Tributary-Connector", "OSGI-INF/tributary/connector.json")
                .header("Import-Package", "io.tributary.api.connector;version=\"[1.0,2)\"")
                .entry("OSGI-INF/tributary/connector.json", descriptor(id, version));
    }

    /** A valid connector.json with one source operation. */
    public static String descriptor(String id, String version) {
        return "{\"id\":\"" + id + "\",\"name\":\"Test " + id + "\",\"version\":\"" + version + "\","
                + "\"connection\":{\"type\":\"object\",\"properties\":{}},"
                + "\"operations\":[{\"name\":\"read\",\"kind\":\"source\",\"title\":\"Read\",\"config\":{\"type\":\"object\"}}]}";
    }

    /** Declares {@code implementation} as an immediate DS component providing Connector for {@code id} at {@code version}. */
    public TestBundles component(Class<?> implementation, String id, String version) {
        String xml = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + id + "\" immediate=\"true\">"
                + "<implementation class=\"" + implementation.getName() + "\"/>"
                + "<service><provide interface=\"io.tributary.api.connector.Connector\"/></service>"
                + "<property name=\"tributary.connector.id\" value=\"" + id + "\"/>"
                + "<property name=\"tributary.connector.version\" value=\"" + version + "\"/>"
                + "</scr:component>";
        return header("Service-Component", "OSGI-INF/component.xml")
                .entry("OSGI-INF/component.xml", xml)
                .entry(implementation.getName().replace('.', '/') + ".class", classBytes(implementation));
    }

    public TestBundles header(String name, String value) {
        manifest.getMainAttributes().putValue(name, value);
        return this;
    }

    public TestBundles entry(String path, String text) {
        return entry(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestBundles entry(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    public byte[] build() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A copy of an existing bundle with every occurrence of one version string replaced by another in the manifest
     * and in the text entries (descriptor, component XML): a second version of the same connector.
     */
    public static byte[] withVersion(byte[] bundle, String from, String to) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bundle))) {
            TestBundles copy = new TestBundles();
            in.getManifest().getMainAttributes().forEach((name, value) ->
                    copy.header(name.toString(), value.toString().replace(from, to)));
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    byte[] content = in.readAllBytes();
                    boolean text = entry.getName().endsWith(".json") || entry.getName().endsWith(".xml");
                    copy.entry(entry.getName(), text
                            ? new String(content, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8)
                            : content);
                }
            }
            return copy.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
