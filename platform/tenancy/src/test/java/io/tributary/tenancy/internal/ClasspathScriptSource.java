package io.tributary.tenancy.internal;

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
 * The store's migration scripts from the test classpath, whether the store module is a folder (reactor build) or
 * its jar: the same scripts the store bundle applies in Karaf.
 */
public final class ClasspathScriptSource implements ScriptSource {

    static final String MIGRATIONS = "db/migration";

    private final Path root;

    private ClasspathScriptSource(Path root) {
        this.root = root;
    }

    public static ClasspathScriptSource migrations() {
        URL url = ClasspathScriptSource.class.getClassLoader().getResource(MIGRATIONS);
        if (url == null) {
            throw new IllegalStateException("No " + MIGRATIONS + " on the test classpath: is tributary-store there?");
        }
        try {
            URI uri = url.toURI();
            return new ClasspathScriptSource("jar".equals(uri.getScheme()) ? inJar(uri) : Path.of(uri));
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
                    .map(ClasspathScriptSource::toUrl)
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
