package io.tributary.engine.internal.data;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.tributary.engine.internal.common.Problems;

/**
 * A position in a newest-first listing: the creation time and id of the last item returned. Opaque to callers
 * (url-safe base64); times are stored in whole milliseconds, so the position compares exactly.
 */
public record Keyset(Instant createdAt, String id) {

    /** {@code (created_at < ? OR (created_at = ? AND id < ?))}, bound by {@link #params()}. */
    public static final String BEFORE = "(created_at < ? OR (created_at = ? AND id < ?))";

    public Object[] params() {
        return new Object[] {createdAt, createdAt, id};
    }

    public String encode() {
        String text = createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor, or null for none; 422 naming {@code cursor} when it was not made here. */
    public static Keyset decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new Keyset(Instant.ofEpochMilli(Long.parseLong(text.substring(0, colon))),
                    text.substring(colon + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw Problems.invalid("cursor", "is not a cursor of this listing");
        }
    }
}
