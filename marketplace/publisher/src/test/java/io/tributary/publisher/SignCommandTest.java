package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;

class SignCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAVerifyingSignatureNextToTheArtifactAndPrintsItsPath() throws Exception {
        Cli.run("keygen", "--out", dir.toString());
        Path artifact = Files.write(dir.resolve("connector-1.0.0.jar"), new byte[] {0x50, 0x4b, 3, 4, 42});

        Cli.Result result = Cli.run("sign", "--key", dir.resolve("private.pem").toString(), artifact.toString());

        Path signature = dir.resolve("connector-1.0.0.jar.sig");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(signature.toString(), result.out().strip());
        PublisherKey key = PublisherKey.parse(Files.readString(dir.resolve("public.pem")));
        assertTrue(Signatures.verify(key, artifact, Files.readAllBytes(signature)));
    }

    @Test
    void aFileThatIsNotAPrivateKeyIsALocalError() throws Exception {
        Cli.run("keygen", "--out", dir.toString());
        Path artifact = Files.writeString(dir.resolve("a.jar"), "bytes");

        Cli.Result result = Cli.run("sign", "--key", dir.resolve("public.pem").toString(), artifact.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("is a PEM PUBLIC KEY, expected PRIVATE KEY"), result.err());
        assertTrue(Files.notExists(dir.resolve("a.jar.sig")));
    }

    @Test
    void aMissingArtifactIsALocalError() {
        Cli.run("keygen", "--out", dir.toString());

        Cli.Result result = Cli.run("sign", "--key", dir.resolve("private.pem").toString(), "missing.jar");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("artifact missing.jar does not exist"), result.err());
    }
}
