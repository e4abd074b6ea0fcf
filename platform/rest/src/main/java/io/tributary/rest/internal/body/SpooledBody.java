package io.tributary.rest.internal.body;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;

/**
 * An upload that {@link BodyLimitFilter} read to its end into a temporary file before its endpoint runs; the
 * request reads the file instead of the connection. Closing deletes it.
 */
public final class SpooledBody implements Closeable {

    private static final String PROPERTY = SpooledBody.class.getName();

    private final Path file;
    private InputStream entity;

    private SpooledBody(Path file) {
        this.file = file;
    }

    /** Copies {@code in} to a new file in {@code directory} (null for the system's default), deleted on failure. */
    static SpooledBody copy(InputStream in, Path directory) throws IOException {
        Path file = directory == null ? Files.createTempFile("tributary-upload-", ".tmp")
                : Files.createTempFile(directory, "tributary-upload-", ".tmp");
        try (var out = Files.newOutputStream(file)) {
            in.transferTo(out);
            return new SpooledBody(file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The request's body in its file, when its endpoint takes uploads. */
    public static Optional<SpooledBody> of(ContainerRequestContext request) {
        return Optional.ofNullable((SpooledBody) request.getProperty(PROPERTY));
    }

    void attachTo(ContainerRequestContext request) throws IOException {
        entity = open();
        request.setProperty(PROPERTY, this);
        request.setEntityStream(entity);
    }

    /** A new stream over the whole body. */
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    /** Closes the request's stream first: not every endpoint closes what it read, and some systems keep open files. */
    @Override
    public void close() throws IOException {
        if (entity != null) {
            entity.close();
        }
        Files.deleteIfExists(file);
    }
}
