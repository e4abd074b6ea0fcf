package io.tributary.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The files of the console's bundle under one folder, found by a path from a request. Only plain relative paths
 * of known file types are looked up (no {@code ..}, no hidden files, no encoded tricks), so a request can never
 * reach another resource of the class path. Files found are kept in memory: the bundle's content bounds them.
 */
final class StaticFiles {

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json");

    private final ClassLoader loader;
    private final String folder;
    private final ConcurrentMap<String, StaticFile> found = new ConcurrentHashMap<>();

    /** @param folder the resource folder, e.g. {@code console/app/}, ending in a slash */
    StaticFiles(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    Optional<StaticFile> find(String path) {
        if (path == null || path.length() > 300 || !PLAIN_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        String type = TYPES.get(extension(path));
        if (type == null) {
            return Optional.empty();
        }
        StaticFile cached = found.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        URL resource = loader.getResource(folder + path);
        if (resource == null) {
            return Optional.empty();
        }
        StaticFile file = StaticFile.of(read(resource), type);
        found.put(path, file);
        return Optional.of(file);
    }

    /** A text resource of this folder that must exist, e.g. a page template. */
    String text(String path) {
        URL resource = loader.getResource(folder + path);
        if (resource == null) {
            throw new IllegalStateException("the console bundle lacks " + folder + path);
        }
        return new String(read(resource), StandardCharsets.UTF_8);
    }

    private static byte[] read(URL resource) {
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
