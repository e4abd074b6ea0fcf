package io.tributary.api.marketplace;

import java.time.Instant;

/**
 * A publisher this runtime installs from: its key, pinned when an operator trusted it, verifies every artifact.
 *
 * @param publisherId the publisher's id at the marketplace
 * @param marketplace the marketplace's name
 * @param name        the publisher's name
 * @param fingerprint SHA-256 of the pinned key
 * @param trustedBy   the operator
 * @param trustedAt   when
 */
public record TrustedPublisher(String publisherId, String marketplace, String name, String fingerprint,
                               String trustedBy, Instant trustedAt) {
}
