package io.tributary.integrations.internal;

import java.security.SecureRandom;

/** Opaque ids as the platform writes them: a kind prefix and 120 random bits in lower-case base32. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int RANDOM_BYTES = 15;

    private Ids() {
    }

    static String next(String kind) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder text = new StringBuilder(kind).append('_');
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
        return text.toString();
    }
}
