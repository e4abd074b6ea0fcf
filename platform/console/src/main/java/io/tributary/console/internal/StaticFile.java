package io.tributary.console.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A file the console serves, read once: its bytes, media type and an entity tag made from its content. */
record StaticFile(byte[] content, String contentType, String etag) {

    static StaticFile of(byte[] content, String contentType) {
        return new StaticFile(content, contentType, "\"" + sha256(content).substring(0, 27) + "\"");
    }

    static StaticFile text(String content, String contentType) {
        return of(content.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** The Base64 SHA-256 of some bytes, as a Content-Security-Policy source expression wants it. */
    static String sha256(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
