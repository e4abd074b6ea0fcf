package io.tributary.connector.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.InboundRequest;

/**
 * An HMAC-SHA256 signature of the raw body, sent hex-encoded in a header, optionally as {@code sha256=<hex>}
 * (the GitHub style). Compared in constant time so that timing tells an attacker nothing.
 */
final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final String header;

    WebhookSignature(String secret, String header) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.header = header;
    }

    /** @throws ConnectorException non-retryable, when the signature is missing or does not match */
    void verify(InboundRequest request) throws ConnectorException {
        Optional<String> signature = request.header(header);
        if (signature.isEmpty() || signature.get().isBlank()) {
            throw new ConnectorException("the webhook request has no " + header + " signature", false);
        }
        byte[] received = decode(signature.get().trim());
        if (!MessageDigest.isEqual(sign(request.body()), received)) {
            throw new ConnectorException("the webhook's " + header + " signature does not match its body", false);
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    /** Malformed hex decodes to nothing, which then fails the comparison like any wrong signature. */
    private static byte[] decode(String signature) {
        String hex = signature.toLowerCase(Locale.ROOT).startsWith(PREFIX)
                ? signature.substring(PREFIX.length()) : signature;
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[" + ALGORITHM + " in " + header + "]";
    }
}
