package io.tributary.connector.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tributary.api.connector.ConnectorException;

/** OAuth2 access tokens shared by all runs of the connector, each kept until shortly before it expires. */
final class OAuth2TokenCache {

    /** Fetches a fresh token when none is cached. */
    @FunctionalInterface
    interface Fetcher {
        Token fetch() throws ConnectorException;
    }

    /** An access token and the moment it stops being used. */
    static final class Token {
        private final String value;
        private final Instant usableUntil;

        Token(String value, Instant usableUntil) {
            this.value = value;
            this.usableUntil = usableUntil;
        }

        String value() {
            return value;
        }

        boolean usableAt(Instant now) {
            return now.isBefore(usableUntil);
        }

        @Override
        public String toString() {
            return "Token[usableUntil=" + usableUntil + "]";
        }
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    OAuth2TokenCache(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    Token get(String key, Fetcher fetcher) throws ConnectorException {
        Instant now = clock.instant();
        Token cached = tokens.get(key);
        if (cached != null && cached.usableAt(now)) {
            return cached;
        }
        Token fresh = fetcher.fetch();
        tokens.values().removeIf(token -> !token.usableAt(now));
        tokens.put(key, fresh);
        return fresh;
    }

    /** Forgets a token the server refused, unless another run has already replaced it. */
    void evict(String key, Token refused) {
        tokens.remove(key, refused);
    }
}
