package io.tributary.store.jdbc;

import java.security.SecureRandom;

/** Opaque ids: a kind prefix and 120 random bits in lower-case base32, e.g. {@code ws_3k...}. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int RANDOM_BYTES = 15;

    private Ids() {
    }

    public static String next(String kind) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return kind + "_" + base32(bytes);
    }

    /** Lower-case base32 without padding; bytes.length should be a multiple of 5. */
    public static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(BASE32[(buffer >> bits) & 31]);
            }
        }
        if (bits > 0) {
            text.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }
}
