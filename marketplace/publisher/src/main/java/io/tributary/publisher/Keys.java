package io.tributary.publisher;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;

import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

/** The user's key files, and signing an artifact with them. */
final class Keys {

    private Keys() {
    }

    static PrivateKey readPrivate(Path file) throws CliException {
        String pem = LocalFiles.readText(file, "private key");
        try {
            return SigningKeys.parsePrivate(pem);
        } catch (KeyException e) {
            throw CliException.local("private key " + file + " " + e.getMessage());
        }
    }

    static PublisherKey readPublic(Path file) throws CliException {
        String pem = LocalFiles.readText(file, "public key");
        try {
            return PublisherKey.parse(pem);
        } catch (KeyException e) {
            throw CliException.local("public key " + file + " " + e.getMessage());
        }
    }

    /** @return the artifact's detached signature, Base64 */
    static String sign(PrivateKey key, Path artifact) throws CliException {
        LocalFiles.regularFile(artifact, "artifact");
        try {
            return Signatures.sign(key, artifact);
        } catch (IOException e) {
            throw CliException.local("cannot read artifact " + artifact + ": " + e.getMessage());
        } catch (KeyException e) {
            throw CliException.local(e.getMessage());
        }
    }
}
