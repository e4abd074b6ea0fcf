package io.tributary.plugins.internal.descriptor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for paths that name an entry inside a bundle (the descriptor header, an icon). Entries are read without
 * running the bundle's code, so a path must never reach outside the bundle: no URL, no absolute path, no
 * {@code ..}.
 */
public final class BundlePath {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private BundlePath() {
    }

    /** What is wrong with {@code path} as an entry path, or empty when it is a plain relative path. */
    public static Optional<String> problem(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("is empty");
        }
        if (path.contains(":") || path.contains("\\")) {
            return Optional.of("must be a path inside the bundle, not a URL or link: " + path);
        }
        if (path.startsWith("/")) {
            return Optional.of("must be relative to the bundle root, not absolute: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("must not contain '.' or '..' segments: " + path);
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("has an empty or unusual path segment '" + segment + "': " + path);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the {@code Tributary-Connector} header's value, or empty when it is usable. */
    public static Optional<String> descriptorProblem(String header) {
        if (header == null || header.isBlank()) {
            return Optional.of("the bundle has no Tributary-Connector manifest header");
        }
        String path = header.trim();
        Optional<String> problem = problem(path).map(why -> "Tributary-Connector header " + why);
        if (problem.isPresent()) {
            return problem;
        }
        if (!path.endsWith(".json")) {
            return Optional.of("Tributary-Connector header must name a .json descriptor (XML and other formats are "
                    + "not read): " + path);
        }
        return Optional.empty();
    }
}
