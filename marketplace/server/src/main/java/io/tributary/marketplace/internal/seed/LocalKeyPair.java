package io.tributary.marketplace.internal.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.SigningKeys;

/**
 * The local publisher's Ed25519 key pair, made once and kept in a directory as {@value #PRIVATE} (readable by its
 * owner only, where the file system has POSIX permissions) and {@value #PUBLIC}.
 */
final class LocalKeyPair {

    static final String PRIVATE = "private.pem";
    static final String PUBLIC = "public.pem";
    private static final Logger LOG = LoggerFactory.getLogger(LocalKeyPair.class);

    private LocalKeyPair() {
    }

    /** The pair kept in the directory, made and written there first if it is not. */
    static KeyPair loadOrCreate(Path directory) throws IOException, KeyException {
        Path privateFile = directory.resolve(PRIVATE);
        Path publicFile = directory.resolve(PUBLIC);
        if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
            return new KeyPair(PublisherKey.parse(Files.readString(publicFile)).key(),
                    SigningKeys.parsePrivate(Files.readString(privateFile)));
        }
        KeyPair pair = SigningKeys.generate();
        Files.createDirectories(directory);
        writeOwnerOnly(privateFile, SigningKeys.privatePem(pair.getPrivate()));
        Files.writeString(publicFile, SigningKeys.publicPem(pair), StandardCharsets.US_ASCII);
        LOG.info("Made the local marketplace publisher's signing key pair in {}", directory);
        return pair;
    }

    /** Written to a temporary file that is owner-only from the start, then renamed: never readable by others. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(file.getParent(), PRIVATE, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), PRIVATE, ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
