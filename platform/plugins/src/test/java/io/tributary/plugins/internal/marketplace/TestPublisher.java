package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;

import io.tributary.api.marketplace.Publisher;
import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

/** A publisher with a fresh Ed25519 key pair, signing artifacts as the publishing tool does. */
final class TestPublisher {

    final String id;
    final String name;
    final KeyPair keys;

    TestPublisher(String id, String name) {
        this.id = id;
        this.name = name;
        this.keys = SigningKeys.generate();
    }

    Publisher publisher() {
        return new Publisher(id, name, "Ed25519", fingerprint(), SigningKeys.publicPem(keys), "bob",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    String fingerprint() {
        try {
            return PublisherKey.parse(SigningKeys.publicPem(keys)).fingerprint();
        } catch (KeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The detached signature of the bytes, Base64. */
    String sign(byte[] artifact) {
        try {
            Path file = Files.createTempFile("artifact", ".jar");
            try {
                Files.write(file, artifact);
                return Signatures.sign(keys.getPrivate(), file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
