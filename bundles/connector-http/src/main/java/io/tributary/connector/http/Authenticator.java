package io.tributary.connector.http;

import java.net.http.HttpRequest;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/** Adds a connection's credentials to each request. Implementations never show secrets in {@code toString}. */
interface Authenticator {

    Authenticator NONE = request -> { };

    void authorize(HttpRequest.Builder request) throws ConnectorException;

    /** Called after a 401: forgets cached credentials; true when sending the request once more may succeed. */
    default boolean renewAfterUnauthorized() {
        return false;
    }

    /**
     * The authenticator for the connection's {@code auth} object.
     *
     * @param tokens  the connector-wide cache of OAuth2 tokens
     * @param sender  sends token requests
     * @param timeout the read timeout of token requests
     */
    static Authenticator from(JsonNode auth, OAuth2TokenCache tokens, RetryingSender sender, Duration timeout)
            throws ConnectorException {
        String type = Json.text(auth, "type", "none");
        return switch (type) {
            case "none" -> NONE;
            case "basic" -> HeaderAuthenticator.basic(Json.requiredText(auth, "username", "connection.auth"),
                    Json.text(auth, "password", ""));
            case "bearer" -> HeaderAuthenticator.bearer(Json.requiredText(auth, "token", "connection.auth"));
            case "apiKey" -> HeaderAuthenticator.apiKey(Json.text(auth, "headerName", "X-API-Key"),
                    Json.requiredText(auth, "value", "connection.auth"));
            case "oauth2" -> new OAuth2Authenticator(OAuth2TokenRequest.from(auth, timeout), tokens, sender);
            default -> throw Json.invalid("connection.auth.type '" + type
                    + "' is not one of none, basic, bearer, apiKey, oauth2");
        };
    }
}
