package io.tributary.plugins.internal.descriptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;

import io.tributary.api.problem.FieldError;
import io.tributary.archive.ArchiveReader;

/**
 * A jar about to be installed, as a descriptor source: lets the installer check a bundle before the framework ever
 * sees it. Every entry is read with a bound, the manifest included: it is read into memory whole to be parsed.
 */
public final class JarDescriptorSource implements DescriptorSource {

    private final ArchiveReader archive;
    private final Manifest manifest;

    private JarDescriptorSource(ArchiveReader archive, Manifest manifest) {
        this.archive = archive;
        this.manifest = manifest;
    }

    /**
     * The descriptor of a jar not installed yet, which passed the archive checks as far as to be opened; also checks
     * that the jar is an OSGi bundle. Not a method of {@link DescriptorReader}, which connectors' tests load without
     * the archive package.
     */
    public static DescriptorCheck check(ArchiveReader jar, DescriptorReader reader) {
        JarDescriptorSource source;
        try {
            source = open(jar);
        } catch (ArchiveReader.TooLargeException e) {
            return DescriptorCheck.failed("bundle", "has a " + JarFile.MANIFEST_NAME + " larger than "
                    + DescriptorReader.MAX_DESCRIPTOR_BYTES + " bytes");
        } catch (IOException e) {
            return DescriptorCheck.failed("bundle", "has a manifest that cannot be read: " + e.getMessage());
        }
        if (!source.hasManifest()) {
            return DescriptorCheck.failed("bundle", "the jar has no META-INF/MANIFEST.MF, so it is not a bundle");
        }
        List<FieldError> problems = source.osgiManifestProblems();
        DescriptorCheck check = reader.read(source);
        problems.addAll(check.errors());
        return new DescriptorCheck(check.descriptor(), problems);
    }

    /** Reads the jar's manifest, where the framework looks for it, into memory: with the descriptors' bound. */
    private static JarDescriptorSource open(ArchiveReader archive) throws IOException {
        byte[] manifest = archive.read(JarFile.MANIFEST_NAME, DescriptorReader.MAX_DESCRIPTOR_BYTES);
        return new JarDescriptorSource(archive,
                manifest == null ? null : new Manifest(new ByteArrayInputStream(manifest)));
    }

    private boolean hasManifest() {
        return manifest != null;
    }

    @Override
    public String header(String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    @Override
    public boolean hasEntry(String path) {
        return archive.has(path);
    }

    @Override
    public byte[] entry(String path, int maxBytes) throws IOException {
        return archive.read(path, maxBytes);
    }

    private List<FieldError> osgiManifestProblems() {
        List<FieldError> problems = new ArrayList<>();
        if (!"2".equals(trimmed(header(Constants.BUNDLE_MANIFESTVERSION)))) {
            problems.add(new FieldError("bundle", "is not an OSGi bundle: Bundle-ManifestVersion must be 2"));
        }
        if (trimmed(header(Constants.BUNDLE_SYMBOLICNAME)) == null) {
            problems.add(new FieldError("bundle", "is not an OSGi bundle: it has no Bundle-SymbolicName"));
        }
        return problems;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
