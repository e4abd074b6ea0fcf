package io.tributary.tenancy.internal.data;

import java.time.Instant;

import io.tributary.api.tenancy.ApiToken;

/**
 * A session or API token row: the SHA-256 of its secret, never the secret.
 *
 * @param name null for sessions
 * @param expiresAt null for an API token that does not expire
 */
public record StoredToken(String id, String tokenHash, String userId, String name, Instant createdAt,
                          Instant expiresAt, Instant lastUsedAt, boolean revoked) {

    public boolean isUsableAt(Instant now) {
        return !revoked && (expiresAt == null || now.isBefore(expiresAt));
    }

    public ApiToken toApiToken() {
        return new ApiToken(id, name, createdAt, expiresAt, lastUsedAt);
    }
}
