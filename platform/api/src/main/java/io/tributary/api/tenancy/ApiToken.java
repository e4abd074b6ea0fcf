package io.tributary.api.tenancy;

import java.time.Instant;

/** An API token as listed: never its secret, which only its creator saw once. */
public record ApiToken(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
