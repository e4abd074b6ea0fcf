package io.tributary.marketplace.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A detached signature as uploaded, Base64 text or raw bytes (as the checks accept it), kept as Base64. */
final class SignatureText {

    private SignatureText() {
    }

    static String base64(byte[] signature) {
        String text = new String(signature, StandardCharsets.ISO_8859_1).strip();
        if (!text.isEmpty() && text.matches("[A-Za-z0-9+/=\\r\\n]+")) {
            try {
                return Base64.getEncoder().encodeToString(Base64.getMimeDecoder().decode(text));
            } catch (IllegalArgumentException rawBytes) {
                // not Base64 after all: the raw signature, as the checks took it
            }
        }
        return Base64.getEncoder().encodeToString(signature);
    }
}
