package io.tributary.engine.internal.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Webhook keys: the secret part of {@code /hooks/{key}}. */
public final class HookKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HookKeys() {
    }

    /** 32 url-safe characters (192 random bits). */
    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
