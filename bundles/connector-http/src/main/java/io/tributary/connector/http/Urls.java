package io.tributary.connector.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.tributary.api.connector.ConnectorException;

/** Builds request URLs under the connection's base URL, and keeps every request on that origin. */
final class Urls {

    private Urls() {
    }

    /** Parses an absolute http(s) URL from the configuration; credentials belong in auth, not in the URL. */
    static URI httpUrl(String value, String field) throws ConnectorException {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw Json.invalid(field + " '" + value + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
            throw Json.invalid(field + " must be an http:// or https:// URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw Json.invalid(field + " must not contain user or password: put them in auth");
        }
        return uri;
    }

    /** The base URL followed by a path (which may carry its own query) and extra query parameters. */
    static URI resolve(URI baseUrl, String path, Map<String, String> query) throws ConnectorException {
        if (path.contains("://") || path.startsWith("//")) {
            throw Json.invalid("path '" + path + "' must be relative to baseUrl");
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        String relative = path.isEmpty() || path.startsWith("/") ? path : "/" + path;
        StringBuilder url = new StringBuilder(base).append(relative);
        String extra = queryString(query);
        if (!extra.isEmpty()) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(extra);
        }
        try {
            return new URI(url.toString());
        } catch (URISyntaxException e) {
            throw Json.invalid("path '" + path + "' does not make a valid URL");
        }
    }

    static String queryString(Map<String, String> query) {
        StringJoiner joined = new StringJoiner("&");
        query.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    /** Percent-encodes a query value or a path segment: spaces become %20 and slashes %2F. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** Where a request goes, for messages: scheme, host and path, never the query. */
    static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    static String hostAndPort(URI uri) {
        return uri.getHost() + ":" + port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
