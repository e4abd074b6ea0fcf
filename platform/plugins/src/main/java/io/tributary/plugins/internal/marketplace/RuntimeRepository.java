package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's own files under {@code ${karaf.data}/marketplace/runtime}: downloads being checked, a Maven-layout
 * repository of the verified jars with a features repository next to each (what Karaf installs from), and a cache
 * of verified artifacts read for their descriptors.
 */
final class RuntimeRepository {

    static final String FEATURE_PREFIX = "tributary-marketplace-";

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeRepository.class);
    private static final String GROUP_PATH = "io/tributary/marketplace";

    private final Path root;

    RuntimeRepository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Under Karaf's data folder (system property {@code karaf.data}), or {@code data} outside Karaf. */
    static RuntimeRepository ofKarafData() {
        String data = System.getProperty("karaf.data");
        return new RuntimeRepository(Path.of(data == null || data.isBlank() ? "data" : data)
                .resolve("marketplace").resolve("runtime"));
    }

    static String featureName(String listingId) {
        return FEATURE_PREFIX + listingId;
    }

    /** Deletes downloads a stopped runtime left behind: nothing was installed from them. */
    void clearDownloads() {
        Path downloads = root.resolve("downloads");
        if (!Files.isDirectory(downloads)) {
            return;
        }
        try (Stream<Path> files = Files.list(downloads)) {
            files.forEach(RuntimeRepository::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Cannot clear {}: {}", downloads, e.toString());
        }
    }

    /** A new empty file to download an artifact into. */
    Path newDownload(String listingId) throws IOException {
        Path downloads = Files.createDirectories(root.resolve("downloads"));
        return Files.createTempFile(downloads, Ids.requirePlain(listingId) + "-", ".jar");
    }

    Path jar(String listingId, String version) {
        return versionFolder(listingId, version).resolve(listingId + "-" + version + ".jar");
    }

    Path featuresXml(String listingId, String version) {
        return versionFolder(listingId, version).resolve(listingId + "-" + version + "-features.xml");
    }

    URI featuresUri(String listingId, String version) {
        return featuresXml(listingId, version).toUri();
    }

    /** Where a verified artifact read for its descriptor is kept, by its SHA-256. */
    Path cached(String sha256) {
        return root.resolve("cache").resolve(Ids.requirePlain(sha256) + ".jar");
    }

    /** Moves a verified download into the repository and writes its features repository next to it. */
    void stage(VerifiedArtifact artifact) throws IOException {
        String id = artifact.candidate().listingId();
        String version = artifact.candidate().version().version();
        Path jar = jar(id, version);
        Files.createDirectories(jar.getParent());
        move(artifact.file(), jar);
        Files.writeString(featuresXml(id, version),
                FeaturesXml.render(id, version, artifact.item().featureDependencies(), jar));
    }

    /** Deletes a version's jar and features repository, and its folders once empty. */
    void delete(String listingId, String version) throws IOException {
        Files.deleteIfExists(jar(listingId, version));
        Files.deleteIfExists(featuresXml(listingId, version));
        Path folder = versionFolder(listingId, version);
        deleteIfEmpty(folder);
        deleteIfEmpty(folder.getParent());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** For clean-up after a failure, which must not hide the failure itself. */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.toString());
        }
    }

    private Path versionFolder(String listingId, String version) {
        return root.resolve("repository").resolve(GROUP_PATH).resolve(Ids.requirePlain(listingId))
                .resolve(Ids.requirePlain(version));
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // another version of the listing is still there
        }
    }
}
