package io.tributary.plugins.internal.descriptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/**
 * The bytes of a jar about to be installed, as a descriptor source: lets the installer check a bundle before the
 * framework ever sees it.
 */
public final class JarDescriptorSource implements DescriptorSource {

    private final byte[] jar;
    private final Manifest manifest;
    private final Set<String> entries;

    private JarDescriptorSource(byte[] jar, Manifest manifest, Set<String> entries) {
        this.jar = jar;
        this.manifest = manifest;
        this.entries = entries;
    }

    /**
     * Scans the jar once for its manifest and entry names.
     *
     * @throws IOException when the bytes are not a readable jar (zip) file
     */
    public static JarDescriptorSource open(byte[] jar) throws IOException {
        Set<String> entries = new HashSet<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
            Manifest manifest = in.getManifest();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                entries.add(entry.getName());
                // JarInputStream only finds a manifest among the first entries; look for a later one too
                if (manifest == null && entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    manifest = new Manifest(in);
                }
            }
            if (entries.isEmpty() && manifest == null) {
                throw new IOException("not a jar (zip) file");
            }
            return new JarDescriptorSource(jar, manifest, entries);
        }
    }

    /** Whether the jar has a manifest at all. */
    public boolean hasManifest() {
        return manifest != null;
    }

    @Override
    public String header(String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    @Override
    public boolean hasEntry(String path) {
        return entries.contains(path);
    }

    @Override
    public byte[] entry(String path, int maxBytes) throws IOException {
        if (!hasEntry(path)) {
            return null;
        }
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().equals(path)) {
                    return LimitedReads.readAll(in, maxBytes);
                }
            }
        }
        return null;
    }
}
