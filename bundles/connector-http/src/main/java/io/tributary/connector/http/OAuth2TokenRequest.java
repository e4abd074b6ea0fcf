package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/** An OAuth2 client-credentials grant (RFC 6749 section 4.4): where to ask for a token and with what. */
final class OAuth2TokenRequest {

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final boolean credentialsInBody;
    private final Duration timeout;

    private OAuth2TokenRequest(URI tokenUrl, String clientId, String clientSecret, String scope,
                               boolean credentialsInBody, Duration timeout) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.credentialsInBody = credentialsInBody;
        this.timeout = timeout;
    }

    static OAuth2TokenRequest from(JsonNode auth, Duration timeout) throws ConnectorException {
        URI tokenUrl = Urls.httpUrl(Json.requiredText(auth, "tokenUrl", "connection.auth"), "connection.auth.tokenUrl");
        return new OAuth2TokenRequest(tokenUrl,
                Json.requiredText(auth, "clientId", "connection.auth"),
                Json.requiredText(auth, "clientSecret", "connection.auth"),
                Json.text(auth, "scope", null),
                "body".equals(Json.text(auth, "clientAuthentication", "basic")),
                timeout);
    }

    URI tokenUrl() {
        return tokenUrl;
    }

    HttpRequest toHttpRequest() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (credentialsInBody) {
            form.put("client_id", clientId);
            form.put("client_secret", clientSecret);
        } else {
            // RFC 6749 section 2.3.1: both parts are form-encoded before they are joined and Base64-encoded
            String pair = Urls.encode(clientId) + ":" + Urls.encode(clientSecret);
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(Urls.queryString(form))).build();
    }

    /** Identifies a token in the cache; a changed secret gives another key, so a stale token is never reused. */
    String cacheKey() {
        return String.join("\n", tokenUrl.toString(), clientId, String.valueOf(scope), sha256(clientSecret));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "OAuth2TokenRequest[" + tokenUrl + ", clientId=" + clientId + "]";
    }
}
