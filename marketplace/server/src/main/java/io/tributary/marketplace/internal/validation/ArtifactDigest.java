package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The artifact's SHA-256 and size, from one read of its bytes.
 *
 * @param sha256 lower-case hex
 * @param size   in bytes
 */
record ArtifactDigest(String sha256, long size) {

    static ArtifactDigest of(Path file) throws IOException {
        MessageDigest digest = newSha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        return new ArtifactDigest(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
