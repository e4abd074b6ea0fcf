package io.tributary.connector.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tributary.api.connector.ConnectorException;

/** Finds the option names in a JDBC URL and its properties, and refuses the dangerous ones by name. */
final class UrlOptions {

    /**
     * Name endings of driver options that load a class, call back into code or name a local file. They catch options
     * a future driver version may add next to the ones each dialect lists.
     */
    private static final List<String> DANGEROUS_ENDINGS =
            List.of("factory", "factoryarg", "class", "classname", "callback", "verifier", "file", "plugin");

    private static final Pattern PARENTHESIZED_KEY = Pattern.compile("\\(\\s*([^=()]+?)\\s*=");

    private UrlOptions() {
    }

    /** The names in the query part of a URL: {@code ...?a=1&b=2} gives a and b. */
    static List<String> queryNames(String url) {
        return queryPairs(url).stream().map(Map.Entry::getKey).toList();
    }

    /** The name and raw value of each option in the query part of a URL. */
    static List<Map.Entry<String, String>> queryPairs(String url) {
        int question = url.indexOf('?');
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (question < 0) {
            return pairs;
        }
        for (String pair : url.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isBlank()) {
                pairs.add(Map.entry(name, equals < 0 ? "" : pair.substring(equals + 1)));
            }
        }
        return pairs;
    }

    /** The keys of {@code (key=value)} groups, as in MariaDB's {@code address=(host=h)(localSocket=/x)}. */
    static List<String> parenthesizedKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PARENTHESIZED_KEY.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    static List<String> propertyNames(Properties properties) {
        return new ArrayList<>(properties.stringPropertyNames());
    }

    /** Refuses the first name that is listed or looks dangerous, naming it in the message. */
    static void refuse(String product, Collection<String> names, Set<String> refused) throws ConnectorException {
        for (String name : names) {
            String normalized = normalize(name);
            if (refused.contains(normalized) || endsDangerously(normalized)) {
                throw refusal(product, name);
            }
        }
    }

    static ConnectorException refusal(String product, String name) {
        return new ConnectorException(product + " option '" + name.strip() + "' is not allowed: it could run code, "
                + "reach local files or sockets, or use the platform's own credentials", false);
    }

    /** Lower case and percent-decoded, so that neither case nor escaping can slip a name past the lists. */
    static String normalize(String name) {
        return decode(name).strip().toLowerCase(Locale.ROOT);
    }

    /** Percent-decoded if it is valid percent-encoding, else as it is. */
    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static boolean endsDangerously(String normalized) {
        return DANGEROUS_ENDINGS.stream().anyMatch(normalized::endsWith);
    }
}
