package io.tributary.rest.internal.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.tributary.rest.internal.ApiApplication;
import io.tributary.rest.internal.openapi.Endpoint;

/**
 * Every REST endpoint of this bundle, found by scanning its compiled classes (not the test classes) for JAX-RS
 * {@code @Path} resources, so that an endpoint added anywhere in the bundle is found without a list to update.
 */
public final class EndpointScanner {

    static final String PACKAGE = "io.tributary.rest.internal";

    private EndpointScanner() {
    }

    /** The endpoints, sorted by path then method. */
    public static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : bundleClasses()) {
            endpoints.addAll(Endpoint.of(type));
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** The classes the bundle holds under {@value #PACKAGE}, loaded without running their initialisers. */
    static List<Class<?>> bundleClasses() {
        Path root = classesDirectory();
        Path packageDirectory = root.resolve(PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(packageDirectory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(root, file))
                    .map(EndpointScanner::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the bundle's classes are: {@code target/classes} when Maven runs the tests. */
    private static Path classesDirectory() {
        try {
            Path location = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                throw new IllegalStateException("Expected the bundle's classes in a directory, found " + location);
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".class".length());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EndpointScanner.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
