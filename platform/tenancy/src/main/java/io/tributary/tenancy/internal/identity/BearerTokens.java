package io.tributary.tenancy.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets: a prefix telling sessions ({@value #SESSION_PREFIX}) from API tokens ({@value #API_PREFIX}) and
 * 256 random bits in base64url. Only their SHA-256 is stored; a fast hash suffices for secrets this random.
 */
public final class BearerTokens {

    public static final String SESSION_PREFIX = "trs_";
    public static final String API_PREFIX = "tra_";

    /** Longer input is no token of ours; not worth hashing. */
    static final int MAX_LENGTH = 100;

    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerTokens() {
    }

    public static String newToken(String prefix) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the whole token, prefix included. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }
}
