package io.tributary.engine.internal.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Opaque ids (a kind prefix and 120 random bits in lower-case base32) and webhook keys. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Ids() {
    }

    public static String next(String kind) {
        byte[] bytes = new byte[15];
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

    /** 32 url-safe characters (192 random bits): the secret part of {@code /hooks/{key}}. */
    public static String hookKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
