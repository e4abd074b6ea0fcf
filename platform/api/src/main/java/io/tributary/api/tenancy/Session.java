package io.tributary.api.tenancy;

import java.time.Instant;

/**
 * A sign-in: a bearer token and when it stops working.
 *
 * @param token     the bearer token, shown this once
 * @param expiresAt when it expires
 */
public record Session(String token, Instant expiresAt) {
}
