package io.tributary.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Migration scripts in a directory on the test classpath, standing in for the bundle in tests. */
final class DirectoryScriptSource implements ScriptSource {

    private final Path root;

    private DirectoryScriptSource(Path root) {
        this.root = root;
    }

    /** The highest migration version the store ships, what a fully migrated schema reports. */
    static int latestShippedVersion() {
        return MigrationPlan.scriptsFor(onClasspath(StoreComponent.MIGRATION_ROOT), DatabaseKind.DERBY).stream()
                .mapToInt(MigrationScript::version).max().orElseThrow();
    }

    /** {@code resource} is a classpath folder, e.g. {@code migrations/basic} or {@code db/migration}. */
    static DirectoryScriptSource onClasspath(String resource) {
        URL url = DirectoryScriptSource.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("No folder " + resource + " on the test classpath");
        }
        try {
            return new DirectoryScriptSource(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url + " is not a directory path", e);
        }
    }

    @Override
    public List<URL> list(String folder) throws IOException {
        Path directory = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> Files.isRegularFile(file) && file.toString().endsWith(".sql"))
                    .map(DirectoryScriptSource::toUrl)
                    .toList();
        }
    }

    private static URL toUrl(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
