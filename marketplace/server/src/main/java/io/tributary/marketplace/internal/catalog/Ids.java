package io.tributary.marketplace.internal.catalog;

import java.security.SecureRandom;

/** Opaque ids: a kind prefix and 120 random bits in lower-case base32, e.g. {@code pub_3k...}. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    // 15 bytes are 120 bits: exactly 24 base32 characters
    private static final int RANDOM_BYTES = 15;

    private Ids() {
    }

    static String next(String kind) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(kind).append('_');
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                id.append(BASE32[(buffer >> bits) & 31]);
            }
        }
        return id.toString();
    }
}
