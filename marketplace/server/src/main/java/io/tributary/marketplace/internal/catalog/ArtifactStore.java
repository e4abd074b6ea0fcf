package io.tributary.marketplace.internal.catalog;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Artifacts on disk: uploads are copied into {@code incoming/} to be checked, and those accepted are moved, in one
 * atomic rename, to {@code artifacts/<first two hex digits>/<sha256>.jar}. A file is named by its content, so two
 * versions with the same bytes share one file.
 */
public final class ArtifactStore {

    private static final Logger LOG = LoggerFactory.getLogger(ArtifactStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path incoming;
    private final Path artifacts;

    public ArtifactStore(Path storage) {
        this.incoming = storage.resolve("incoming");
        this.artifacts = storage.resolve("artifacts");
    }

    /** A private copy of an upload to check and keep; the upload itself stays as it is. */
    Path receive(Path upload) throws IOException {
        Files.createDirectories(incoming);
        Path copy = incoming.resolve(UUID.randomUUID() + ".jar");
        Files.copy(upload, copy);
        return copy;
    }

    /**
     * Moves a checked copy to where artifacts of its content are kept; when an identical file is there already, that
     * one stays and the copy is deleted.
     *
     * @return whether this call created the stored file
     */
    boolean keep(Path received, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            discard(received);
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            discard(received);
            return false;
        }
    }

    /** Where the artifact with this SHA-256 is kept (whether or not it is there). */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return artifacts.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jar");
    }

    /** Deletes a file of this store if it is there; a failure is logged, as it only leaves garbage behind. */
    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    /** Removes the copies of uploads whose check a stop interrupted. */
    void clearIncoming() {
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            files.forEach(this::discard);
        } catch (IOException e) {
            LOG.warn("Cannot clear {}: {}", incoming, e.getMessage());
        }
    }
}
