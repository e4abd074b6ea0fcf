package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.nio.file.Path;

import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;

/** The detached signature must be the publisher's, over exactly the bytes uploaded. */
final class SignatureCheck {

    private SignatureCheck() {
    }

    static void check(Path artifact, byte[] signature, PublisherKey key, Failures failures) {
        boolean missing = signature == null || signature.length == 0;
        if (missing) {
            failures.add(Failures.SIGNATURE, "is missing: sign the artifact with the publisher's private key");
        }
        if (key == null) {
            failures.add(Failures.PUBLISHER, "has no registered signing key: register the publisher's public key"
                    + " before publishing");
        }
        if (missing || key == null) {
            return;
        }
        try {
            if (!Signatures.verify(key, artifact, signature)) {
                failures.add(Failures.SIGNATURE, "does not verify with the key of the publisher (fingerprint "
                        + key.fingerprint() + "): the artifact was changed after signing or signed with another key");
            }
        } catch (IOException e) {
            failures.add(Failures.SIGNATURE, "could not be checked: " + e.getMessage());
        }
    }
}
