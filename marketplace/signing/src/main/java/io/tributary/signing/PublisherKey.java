package io.tributary.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.List;

/**
 * A publisher's public key: parsed, checked to be one of the accepted kinds, and identified by its fingerprint.
 *
 * @param key         the key
 * @param algorithm   {@code Ed25519}, {@code RSA} or {@code EC}
 * @param fingerprint SHA-256 of the key's X.509 encoding, lower-case hex
 */
public record PublisherKey(PublicKey key, String algorithm, String fingerprint) {

    private static final List<String> FACTORIES = List.of("Ed25519", "RSA", "EC");
    private static final int MIN_RSA_BITS = 2048;
    // P-256's order, to tell it from other curves without naming provider classes
    private static final BigInteger P256_ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    /**
     * Reads a public key given as PEM ({@code -----BEGIN PUBLIC KEY-----}) or bare Base64 of its X.509 encoding.
     *
     * @throws KeyException saying why it is not an accepted key
     */
    public static PublisherKey parse(String text) throws KeyException {
        return of(Pem.decode(text, "PUBLIC KEY"));
    }

    static PublisherKey of(byte[] encoded) throws KeyException {
        for (String factory : FACTORIES) {
            PublicKey key;
            try {
                key = KeyFactory.getInstance(factory).generatePublic(new X509EncodedKeySpec(encoded));
            } catch (GeneralSecurityException notThisKind) {
                continue;
            }
            check(key);
            return new PublisherKey(key, algorithmOf(key), fingerprint(key.getEncoded()));
        }
        throw new KeyException("is not an Ed25519, RSA or EC public key (X.509 SubjectPublicKeyInfo)");
    }

    /** The key as PEM, the form it is stored and shown in. */
    public String pem() {
        return Pem.encode(key.getEncoded(), "PUBLIC KEY");
    }

    /** The algorithm that verifies (and makes) signatures with keys of this kind. */
    public String signatureAlgorithm() {
        return signatureAlgorithm(algorithm);
    }

    static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + keyAlgorithm);
        };
    }

    private static void check(PublicKey key) throws KeyException {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new KeyException("is an RSA key of " + rsa.getModulus().bitLength() + " bits; at least "
                    + MIN_RSA_BITS + " are needed");
        }
        if (key instanceof ECPublicKey ec && !ec.getParams().getOrder().equals(P256_ORDER)) {
            throw new KeyException("is an EC key on another curve than P-256");
        }
    }

    private static String algorithmOf(PublicKey key) {
        return key.getAlgorithm().equals("EdDSA") ? "Ed25519" : key.getAlgorithm();
    }

    private static String fingerprint(byte[] encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
