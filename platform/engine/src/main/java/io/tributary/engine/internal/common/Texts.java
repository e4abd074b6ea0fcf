package io.tributary.engine.internal.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fits texts into their columns. */
public final class Texts {

    /** The record_key column's width. */
    public static final int MAX_KEY = 400;
    private static final int DIGEST_HEX = 64;

    private Texts() {
    }

    /** At most {@code max} characters, the cut marked with an ellipsis. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /**
     * A record key as stored: keys longer than the column keep their start and get a digest of the whole, so that
     * the same long key still matches its earlier errors.
     */
    public static String storedKey(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, MAX_KEY - DIGEST_HEX - 1) + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
