package io.tributary.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/** A publisher's private side: new Ed25519 key pairs, and private keys read from and written as PKCS#8 PEM. */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 15 and later have Ed25519", e);
        }
    }

    /** @throws KeyException when the text is not an Ed25519, RSA or EC private key in PKCS#8 */
    public static PrivateKey parsePrivate(String pem) throws KeyException {
        byte[] der = Pem.decode(pem, "PRIVATE KEY");
        for (String factory : List.of("Ed25519", "RSA", "EC")) {
            try {
                return KeyFactory.getInstance(factory).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisKind) {
                // try the next kind
            }
        }
        throw new KeyException("is not an Ed25519, RSA or EC private key (PKCS#8)");
    }

    public static String privatePem(PrivateKey key) {
        return Pem.encode(key.getEncoded(), "PRIVATE KEY");
    }

    public static String publicPem(KeyPair pair) {
        return Pem.encode(pair.getPublic().getEncoded(), "PUBLIC KEY");
    }
}
