package io.tributary.plugins.internal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds jar bytes in memory: a manifest with chosen headers and some entries. */
public final class TestJars {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A connector bundle demo 1.2.3 with the valid descriptor and its icon. */
    public static TestJars connector() {
        return new TestJars()
                .header("Bundle-ManifestVersion", "2")
                .header("Bundle-SymbolicName", "io.tributary.test.demo")
                .header("Bundle-Version", "1.2.3.SNAPSHOT")
                .header("Tributary-Connector", "OSGI-INF/tributary/connector.json")
                .entry("OSGI-INF/tributary/connector.json", Descriptors.bytes(Descriptors.valid()))
                .entry("icons/demo.svg", "<svg/>".getBytes());
    }

    public TestJars header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public TestJars without(String header) {
        headers.remove(header);
        return this;
    }

    public TestJars entry(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    /** The jar with its manifest first, as jar tools write it. */
    public byte[] build() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            writeEntries(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The jar with a manifest that inflates to {@code manifestBytes}: its headers, then blank lines. A few hundred KiB
     * on the wire, written without ever holding the manifest in memory.
     */
    public byte[] buildWithManifestOf(long manifestBytes) {
        StringBuilder head = new StringBuilder("Manifest-Version: 1.0\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            zip.write(start);
            byte[] blank = new byte[64 * 1024];
            Arrays.fill(blank, (byte) '\n');
            for (long left = manifestBytes - start.length; left > 0; left -= blank.length) {
                zip.write(blank, 0, (int) Math.min(blank.length, left));
            }
            zip.closeEntry();
            writeEntries(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip with the entries but no manifest at all. */
    public byte[] buildWithoutManifest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            writeEntries(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void writeEntries(ZipOutputStream zip) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey()));
            zip.write(entry.getValue());
            zip.closeEntry();
        }
    }
}
