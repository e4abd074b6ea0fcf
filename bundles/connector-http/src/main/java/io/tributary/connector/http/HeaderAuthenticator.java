package io.tributary.connector.http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.tributary.api.connector.ConnectorException;

/** Credentials sent as one fixed header: HTTP Basic, a bearer token or an API key. */
final class HeaderAuthenticator implements Authenticator {

    private final String header;
    private final String value;
    private final String kind;

    private HeaderAuthenticator(String header, String value, String kind) {
        this.header = header;
        this.value = value;
        this.kind = kind;
    }

    static HeaderAuthenticator basic(String username, String password) {
        String pair = username + ":" + password;
        return new HeaderAuthenticator("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), "basic");
    }

    static HeaderAuthenticator bearer(String token) {
        return new HeaderAuthenticator("Authorization", "Bearer " + token, "bearer");
    }

    static HeaderAuthenticator apiKey(String headerName, String key) throws ConnectorException {
        try {
            HttpRequest.newBuilder().setHeader(headerName, "probe");
        } catch (IllegalArgumentException e) {
            throw Json.invalid("connection.auth.headerName '" + headerName + "' cannot be used as a header");
        }
        return new HeaderAuthenticator(headerName, key, "apiKey");
    }

    @Override
    public void authorize(HttpRequest.Builder request) {
        request.setHeader(header, value);
    }

    @Override
    public String toString() {
        return "HeaderAuthenticator[" + kind + " in " + header + "]";
    }
}
