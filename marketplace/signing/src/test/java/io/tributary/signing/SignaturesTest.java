package io.tributary.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignaturesTest {

    @TempDir
    Path dir;

    @Test
    void anEd25519SignatureVerifiesOnlyForTheSameBytesAndKey() throws Exception {
        KeyPair pair = SigningKeys.generate();
        Path artifact = write("artifact.jar", "the bytes");
        String signature = Signatures.sign(SigningKeys.parsePrivate(SigningKeys.privatePem(pair.getPrivate())), artifact);
        PublisherKey key = PublisherKey.parse(SigningKeys.publicPem(pair));

        assertEquals("Ed25519", key.algorithm());
        assertTrue(Signatures.verify(key, artifact, signature.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Signatures.verify(key, artifact, Base64.getDecoder().decode(signature)), "raw bytes");

        Path tampered = write("tampered.jar", "the bytez");
        assertFalse(Signatures.verify(key, tampered, signature.getBytes(StandardCharsets.US_ASCII)));
        PublisherKey other = PublisherKey.parse(SigningKeys.publicPem(SigningKeys.generate()));
        assertFalse(Signatures.verify(other, artifact, signature.getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Signatures.verify(key, artifact, "garbage".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rsaAndP256KeysSignAndVerifyButWeakOnesAreRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        Path artifact = write("a.jar", "payload");
        for (KeyPair pair : new KeyPair[] {rsa.generateKeyPair(), ec.generateKeyPair()}) {
            String signature = Signatures.sign(pair.getPrivate(), artifact);
            PublisherKey key = PublisherKey.parse(SigningKeys.publicPem(pair));
            assertTrue(Signatures.verify(key, artifact, signature.getBytes(StandardCharsets.US_ASCII)), key.algorithm());
        }

        rsa.initialize(1024);
        KeyException weak = assertThrows(KeyException.class,
                () -> PublisherKey.parse(SigningKeys.publicPem(rsa.generateKeyPair())));
        assertTrue(weak.getMessage().contains("1024 bits"), weak.getMessage());
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        assertThrows(KeyException.class, () -> PublisherKey.parse(SigningKeys.publicPem(ec.generateKeyPair())));
    }

    @Test
    void aKeyIsIdentifiedByItsFingerprintWhateverItsArmour() throws Exception {
        KeyPair pair = SigningKeys.generate();
        String pem = SigningKeys.publicPem(pair);
        String bare = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        PublisherKey fromPem = PublisherKey.parse(pem);
        PublisherKey fromBase64 = PublisherKey.parse(bare);

        assertEquals(fromPem.fingerprint(), fromBase64.fingerprint());
        assertEquals(64, fromPem.fingerprint().length());
        assertArrayEquals(pair.getPublic().getEncoded(), PublisherKey.parse(fromPem.pem()).key().getEncoded());
        assertNotEquals(fromPem.fingerprint(), PublisherKey.parse(SigningKeys.publicPem(SigningKeys.generate())).fingerprint());
    }

    @Test
    void whatIsNotAPublicKeyIsRefusedWithItsReason() {
        assertEquals("is empty", assertThrows(KeyException.class, () -> PublisherKey.parse(" ")).getMessage());
        assertTrue(assertThrows(KeyException.class, () -> PublisherKey.parse(
                SigningKeys.privatePem(SigningKeys.generate().getPrivate()))).getMessage().contains("PRIVATE KEY"));
        assertThrows(KeyException.class, () -> PublisherKey.parse("bm90IGEga2V5"));
        assertThrows(KeyException.class, () -> PublisherKey.parse("-----BEGIN PUBLIC KEY-----\n!!\n"));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
