package io.tributary.publisher;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The marketplace's publishing endpoints ({@code /api/v1/marketplace/...}), called with a bearer token. */
final class MarketplaceClient {

    static final String DEFAULT_URL = "http://localhost:8181";
    static final String URL_VARIABLE = "TRIBUTARY_URL";
    static final String TOKEN_VARIABLE = "TRIBUTARY_TOKEN";

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            // HTTP/1.1: no h2c upgrade dance in front of a large upload
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    private MarketplaceClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** From {@code --url} and {@code --token}, else from {@code TRIBUTARY_URL} and {@code TRIBUTARY_TOKEN}. */
    static MarketplaceClient connect(Options options, Map<String, String> env) throws CliException {
        String url = options.value("url").or(() -> fromEnv(env, URL_VARIABLE)).orElse(DEFAULT_URL);
        String token = options.value("token").or(() -> fromEnv(env, TOKEN_VARIABLE)).orElseThrow(() ->
                CliException.usage("--token (or the " + TOKEN_VARIABLE + " environment variable) is required"));
        return new MarketplaceClient(base(url), token.strip());
    }

    /** @return the registered publisher: {@code {id, name, algorithm, fingerprint, ...}} */
    Map<String, Object> registerPublisher(String name, String publicKeyPem) throws CliException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("publicKey", publicKeyPem);
        return send(request("publishers")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object(body), StandardCharsets.UTF_8))
                .build());
    }

    /**
     * @param publisherId null for the caller's only publisher
     * @param changelog   Markdown, or null
     * @return the published version: {@code {listingId, version, sha256, ...}}
     */
    Map<String, Object> publish(Path artifact, String signature, String publisherId, String changelog)
            throws CliException {
        MultipartBody body = new MultipartBody();
        try {
            body.file("artifact", artifact, "application/java-archive");
        } catch (FileNotFoundException e) {
            throw CliException.local("artifact " + artifact + " does not exist");
        }
        body.text("signature", signature);
        if (publisherId != null) {
            body.text("publisher", publisherId);
        }
        if (changelog != null) {
            body.text("changelog", changelog);
        }
        return send(request("publish").header("Content-Type", body.contentType()).POST(body.publisher()).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve("api/v1/marketplace/" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
    }

    private Map<String, Object> send(HttpRequest request) throws CliException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw CliException.local("cannot connect to " + base + ": " + Optional.ofNullable(e.getMessage())
                    .orElse("connection refused"));
        } catch (IOException e) {
            throw CliException.local("request to " + base + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.local("interrupted");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() / 100 != 2) {
            throw CliException.refused(Refusal.describe(response.statusCode(), contentType, response.body()));
        }
        try {
            return Json.parseObject(response.body());
        } catch (IllegalArgumentException e) {
            throw CliException.local("the marketplace answered HTTP " + response.statusCode()
                    + " with a body that is not a JSON object");
        }
    }

    private static Optional<String> fromEnv(Map<String, String> env, String variable) {
        return Optional.ofNullable(env.get(variable)).filter(value -> !value.isBlank());
    }

    /** The marketplace's address with a trailing slash, so the API paths resolve below any path it has. */
    private static URI base(String url) throws CliException {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw CliException.usage("--url must be an http or https address such as " + DEFAULT_URL
                        + ", not " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CliException.usage("--url is not a valid address: " + url);
        }
    }
}
