package io.tributary.plugins.internal.marketplace;

import io.tributary.api.marketplace.TrustedPublisher;

/**
 * A trusted publisher with the key pinned when an operator trusted it: the only key its artifacts are verified with.
 *
 * @param algorithm the key's algorithm
 * @param publicKey the key, PEM
 */
record PinnedPublisher(TrustedPublisher publisher, String algorithm, String publicKey) {
}
