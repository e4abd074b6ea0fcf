package io.tributary.api.marketplace;

import java.time.Instant;

/**
 * Someone who publishes to the marketplace, with the public key their artifacts are signed with.
 *
 * @param id          the publisher's id
 * @param name        unique display name
 * @param algorithm   the key's algorithm: {@code Ed25519}, {@code RSA} (at least 2048 bits) or {@code EC} (P-256)
 * @param fingerprint SHA-256 of the key's X.509 SubjectPublicKeyInfo encoding, lower-case hex
 * @param publicKey   the key, PEM ({@code -----BEGIN PUBLIC KEY-----})
 * @param createdBy   the user who registered it
 * @param createdAt   when
 */
public record Publisher(String id, String name, String algorithm, String fingerprint, String publicKey,
                        String createdBy, Instant createdAt) {
}
