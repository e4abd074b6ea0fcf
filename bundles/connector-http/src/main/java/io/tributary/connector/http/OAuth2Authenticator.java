package io.tributary.connector.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/**
 * OAuth2 client credentials: a bearer token fetched from the token endpoint, reused from the cache until it
 * nearly expires, and fetched again once when the API answers 401.
 */
final class OAuth2Authenticator implements Authenticator {

    /** Tokens are dropped this long before they expire, so a request never starts with a token about to lapse. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final OAuth2TokenRequest tokenRequest;
    private final OAuth2TokenCache cache;
    private final RetryingSender sender;
    private volatile OAuth2TokenCache.Token lastUsed;

    OAuth2Authenticator(OAuth2TokenRequest tokenRequest, OAuth2TokenCache cache, RetryingSender sender) {
        this.tokenRequest = tokenRequest;
        this.cache = cache;
        this.sender = sender;
    }

    @Override
    public void authorize(HttpRequest.Builder request) throws ConnectorException {
        OAuth2TokenCache.Token token = cache.get(tokenRequest.cacheKey(), this::fetch);
        lastUsed = token;
        request.setHeader("Authorization", "Bearer " + token.value());
    }

    @Override
    public boolean renewAfterUnauthorized() {
        OAuth2TokenCache.Token refused = lastUsed;
        if (refused != null) {
            cache.evict(tokenRequest.cacheKey(), refused);
        }
        return true;
    }

    private OAuth2TokenCache.Token fetch() throws ConnectorException {
        HttpResponse<byte[]> response = sender.send(tokenRequest.toHttpRequest());
        int status = response.statusCode();
        String where = Urls.describe(tokenRequest.tokenUrl());
        if (status == 400 || status == 401 || status == 403) {
            throw new ConnectorException("the OAuth2 token endpoint " + where + " refused the client credentials (HTTP "
                    + status + "): check clientId, clientSecret and scope", false);
        }
        if (!HttpFailures.isSuccess(status)) {
            throw new ConnectorException("the OAuth2 token endpoint " + where + " answered HTTP " + status,
                    HttpFailures.isRetryable(status));
        }
        JsonNode body = Json.parse(response.body(), "the answer of the OAuth2 token endpoint");
        String accessToken = Json.text(body, "access_token", null);
        if (accessToken == null) {
            throw new ConnectorException("the OAuth2 token endpoint " + where + " sent no access_token", false);
        }
        return new OAuth2TokenCache.Token(accessToken, usableUntil(body.path("expires_in")));
    }

    /** Without expires_in the token is kept until the API refuses it. */
    private Instant usableUntil(JsonNode expiresIn) {
        long seconds = expiresIn.asLong(-1);
        if (seconds < 0) {
            return Instant.MAX;
        }
        Duration lifetime = Duration.ofSeconds(seconds).minus(EXPIRY_MARGIN);
        return cache.clock().instant().plus(lifetime.isNegative() ? Duration.ZERO : lifetime);
    }

    @Override
    public String toString() {
        return "OAuth2Authenticator[" + tokenRequest + "]";
    }
}
