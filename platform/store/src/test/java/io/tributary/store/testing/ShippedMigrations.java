package io.tributary.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tributary.store.internal.ScriptSource;

/**
 * The store's migration scripts from the class path, whether the store is a folder (its own tests) or its jar
 * (other modules' tests): the same scripts the store bundle applies in Karaf.
 */
final class ShippedMigrations implements ScriptSource {

    /** Where the store bundle keeps them, as {@code StoreComponent} reads them. */
    private static final String MIGRATIONS = "db/migration";

    private final Path root;

    private ShippedMigrations(Path root) {
        this.root = root;
    }

    static ShippedMigrations onClasspath() {
        URL url = ShippedMigrations.class.getClassLoader().getResource(MIGRATIONS);
        if (url == null) {
            throw new IllegalStateException("No " + MIGRATIONS + " on the test class path");
        }
        try {
            URI uri = url.toURI();
            return new ShippedMigrations("jar".equals(uri.getScheme()) ? inJar(uri) : Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open " + url, e);
        }
    }

    @Override
    public List<URL> list(String folder) throws IOException {
        Path directory = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sql"))
                    .map(ShippedMigrations::toUrl)
                    .toList();
        }
    }

    private static Path inJar(URI uri) throws IOException {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // opened by an earlier test of this JVM: reuse it
        }
        return FileSystems.getFileSystem(uri).provider().getPath(uri);
    }

    private static URL toUrl(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
