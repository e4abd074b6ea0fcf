package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.tributary.api.connector.ConnectorException;

/**
 * Requests to the connection's API: under its base URL, with its default headers, timeout and credentials, retried
 * by the {@link RetryingSender}, and sent once more with renewed credentials after a 401.
 */
final class HttpExchange {

    private final HttpConnectionConfig config;
    private final RetryingSender sender;
    private final Authenticator authenticator;

    HttpExchange(HttpConnectionConfig config, RetryingSender sender, Authenticator authenticator) {
        this.config = config;
        this.sender = sender;
        this.authenticator = authenticator;
    }

    URI resolve(String path, Map<String, String> query) throws ConnectorException {
        return Urls.resolve(config.baseUrl(), path, query);
    }

    boolean isCancelled() {
        return sender.isCancelled();
    }

    /**
     * Sends one request and returns the final answer, whatever its status.
     *
     * @param jsonBody the body, sent as {@code application/json}; null for none
     * @throws ConnectorException when no answer came (after retries), or the run was cancelled
     */
    HttpResponse<byte[]> send(String method, URI uri, byte[] jsonBody) throws ConnectorException {
        // credentials are only ever sent to the configured origin, whatever a Link header or path says
        if (!Urls.sameOrigin(uri, config.baseUrl())) {
            throw Json.invalid("refusing to send credentials to " + Urls.describe(uri)
                    + ": it is not on " + Urls.describe(config.baseUrl()));
        }
        HttpResponse<byte[]> response = sender.send(request(method, uri, jsonBody));
        if (response.statusCode() == 401 && authenticator.renewAfterUnauthorized()) {
            response = sender.send(request(method, uri, jsonBody));
        }
        return response;
    }

    private HttpRequest request(String method, URI uri, byte[] jsonBody) throws ConnectorException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(jsonBody));
        }
        config.headers().forEach(request::setHeader);
        authenticator.authorize(request);
        return request.build();
    }
}
