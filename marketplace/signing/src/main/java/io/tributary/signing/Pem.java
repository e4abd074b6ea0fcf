package io.tributary.signing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM armour: one Base64 block between BEGIN and END lines; bare Base64 is accepted on reading. */
final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private Pem() {
    }

    static byte[] decode(String text, String label) throws KeyException {
        if (text == null || text.isBlank()) {
            throw new KeyException("is empty");
        }
        String body = text.strip();
        if (body.startsWith("-----BEGIN")) {
            Matcher matcher = BLOCK.matcher(body);
            if (!matcher.find()) {
                throw new KeyException("is not a well-formed PEM block");
            }
            if (!matcher.group(1).equals(label)) {
                throw new KeyException("is a PEM " + matcher.group(1) + ", expected " + label);
            }
            body = matcher.group(2);
        }
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new KeyException("is not valid Base64");
        }
    }

    static String encode(byte[] der, String label) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }
}
