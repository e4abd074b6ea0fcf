package io.tributary.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Detached signatures over a file's bytes, read in a stream. A signature travels as Base64 text (a {@code .sig}
 * file); raw signature bytes are accepted too.
 */
public final class Signatures {

    private Signatures() {
    }

    /** Signs a file with a publisher's private key. @return the signature, Base64 */
    public static String sign(PrivateKey key, Path file) throws IOException, KeyException {
        try {
            Signature signer = Signature.getInstance(PublisherKey.signatureAlgorithm(key.getAlgorithm()));
            signer.initSign(key);
            feed(signer, file);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyException("cannot sign with this " + key.getAlgorithm() + " key: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code signature} is the publisher's signature of the file's bytes.
     *
     * @param signature Base64 text or raw bytes
     */
    public static boolean verify(PublisherKey publisher, Path file, byte[] signature) throws IOException {
        byte[] raw = decode(signature);
        try {
            Signature verifier = Signature.getInstance(publisher.signatureAlgorithm());
            verifier.initVerify(publisher.key());
            feed(verifier, file);
            return verifier.verify(raw);
        } catch (GeneralSecurityException e) {
            // a malformed signature (wrong length, bad DER) is simply not a valid one
            return false;
        }
    }

    /** Base64 text (surrounding white space allowed) decoded; anything else taken as the raw signature. */
    static byte[] decode(byte[] signature) {
        String text = new String(signature, StandardCharsets.ISO_8859_1).strip();
        if (!text.isEmpty() && text.matches("[A-Za-z0-9+/=\\r\\n]+")) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                return signature;
            }
        }
        return signature;
    }

    private static void feed(Signature signature, Path file) throws IOException, GeneralSecurityException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                signature.update(buffer, 0, read);
            }
        }
    }
}
