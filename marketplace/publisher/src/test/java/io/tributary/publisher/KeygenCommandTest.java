package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

class KeygenCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAKeyPairThatSignsAndVerifiesAndPrintsItsFingerprint() throws Exception {
        Path keys = dir.resolve("keys");

        Cli.Result result = Cli.run("keygen", "--out", keys.toString());

        assertEquals(0, result.exitCode(), result.err());
        PublisherKey publicKey = PublisherKey.parse(Files.readString(keys.resolve("public.pem")));
        assertTrue(result.out().contains("fingerprint " + publicKey.fingerprint()), result.out());
        Path artifact = Files.writeString(dir.resolve("a.jar"), "bytes");
        String signature = Signatures.sign(SigningKeys.parsePrivate(Files.readString(keys.resolve("private.pem"))),
                artifact);
        assertTrue(Signatures.verify(publicKey, artifact, signature.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");

        Cli.run("keygen", "--out", dir.toString());

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.pem"))));
    }

    @Test
    void refusesToOverwriteEitherFileAndWritesNothing() throws Exception {
        Path existing = Files.writeString(dir.resolve("public.pem"), "my registered key");

        Cli.Result result = Cli.run("keygen", "--out", dir.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("refusing to overwrite " + existing), result.err());
        assertEquals("my registered key", Files.readString(existing));
        assertTrue(Files.notExists(dir.resolve("private.pem")), "no half pair is left behind");
    }

    @Test
    void withoutOutItShowsItsUsage() {
        Cli.Result result = Cli.run("keygen");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--out is required"), result.err());
        assertTrue(result.err().contains("Usage: tributary-publish keygen --out <dir>"), result.err());
    }
}
