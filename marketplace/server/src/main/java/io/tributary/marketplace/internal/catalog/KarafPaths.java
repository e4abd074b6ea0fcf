package io.tributary.marketplace.internal.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configured paths with {@code ${property}} placeholders resolved from system properties. Config Admin files get
 * them resolved by Karaf already, the defaults of the configuration do not: outside Karaf, {@code karaf.data}
 * falls back to {@code data} and {@code karaf.home} to the working directory.
 */
public final class KarafPaths {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Map<String, String> FALLBACKS = Map.of("karaf.data", "data", "karaf.home", ".");

    private KarafPaths() {
    }

    /** The path, or null for an empty text. */
    public static Path resolve(String configured) {
        return resolve(configured, System::getProperty);
    }

    static Path resolve(String configured, UnaryOperator<String> properties) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(configured.strip());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = properties.apply(matcher.group(1));
            if (value == null || value.isBlank()) {
                value = FALLBACKS.getOrDefault(matcher.group(1), "");
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return Path.of(path.toString());
    }
}
