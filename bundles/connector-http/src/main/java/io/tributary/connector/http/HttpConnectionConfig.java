package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/** The connection's configuration, read and checked once per call. Its {@code toString} shows no secret. */
final class HttpConnectionConfig {

    private final URI baseUrl;
    private final JsonNode auth;
    private final Map<String, String> headers;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final String testPath;

    private HttpConnectionConfig(URI baseUrl, JsonNode auth, Map<String, String> headers, Duration connectTimeout,
                                 Duration readTimeout, RetryPolicy retryPolicy, String testPath) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.headers = headers;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.retryPolicy = retryPolicy;
        this.testPath = testPath;
    }

    static HttpConnectionConfig from(ObjectNode connection) throws ConnectorException {
        URI baseUrl = Urls.httpUrl(Json.requiredText(connection, "baseUrl", "connection"), "connection.baseUrl");
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw Json.invalid("connection.baseUrl must not have a query or fragment: put them in the operation");
        }
        int maxAttempts = Json.integer(connection, "maxAttempts", 3);
        if (maxAttempts < 1) {
            throw Json.invalid("connection.maxAttempts must be at least 1");
        }
        RetryPolicy retryPolicy = new RetryPolicy(maxAttempts, seconds(connection, "maxRetryWaitSeconds", 60, true));
        return new HttpConnectionConfig(baseUrl, connection.path("auth"), headers(connection.path("headers")),
                seconds(connection, "connectTimeoutSeconds", 10, false),
                seconds(connection, "readTimeoutSeconds", 30, false),
                retryPolicy, Json.text(connection, "testPath", "/"));
    }

    /** A copy for the connection test: one quick attempt, no retries. */
    HttpConnectionConfig withSingleAttempt() {
        return new HttpConnectionConfig(baseUrl, auth, headers, connectTimeout, readTimeout,
                retryPolicy.withSingleAttempt(), testPath);
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** The raw {@code auth} object, secrets included: only for {@link Authenticator#from}. */
    JsonNode auth() {
        return auth;
    }

    Map<String, String> headers() {
        return headers;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    String testPath() {
        return testPath;
    }

    private static Duration seconds(JsonNode connection, String field, double fallback, boolean zeroAllowed)
            throws ConnectorException {
        double value = Json.number(connection, field, fallback);
        if (value < 0 || (value == 0 && !zeroAllowed)) {
            throw Json.invalid("connection." + field + " must be " + (zeroAllowed ? "0 or more" : "more than 0"));
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static Map<String, String> headers(JsonNode node) throws ConnectorException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : node.properties()) {
            try {
                // the JDK refuses headers it manages itself (Host, Content-Length, ...): say so now, not per request
                HttpRequest.newBuilder().setHeader(header.getKey(), header.getValue().asText());
            } catch (IllegalArgumentException e) {
                throw Json.invalid("connection.headers: '" + header.getKey() + "' cannot be set");
            }
            headers.put(header.getKey(), header.getValue().asText());
        }
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public String toString() {
        return "HttpConnectionConfig[baseUrl=" + baseUrl + ", auth=" + Json.text(auth, "type", "none")
                + ", headers=" + headers.keySet() + "]";
    }
}
