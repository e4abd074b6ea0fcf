package io.tributary.marketplace.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingQuery.Sort;

/**
 * A position in a sorted catalog search: the sort key and id of the last listing returned. Opaque to callers
 * (url-safe Base64); times are stored in whole milliseconds, so the position compares exactly.
 *
 * @param key installs, or the update time in epoch milliseconds
 */
record ListingCursor(Sort sort, long key, String id) {

    static ListingCursor after(Sort sort, Listing last) {
        long key = sort == Sort.INSTALLS ? last.installs() : last.updatedAt().toEpochMilli();
        return new ListingCursor(sort, key, last.id());
    }

    /** The condition for the listings after this position, bound by {@link #params()}. */
    String condition() {
        String column = sort == Sort.INSTALLS ? "l.installs" : "l.updated_at";
        return "(" + column + " < ? OR (" + column + " = ? AND l.id > ?))";
    }

    Object[] params() {
        Object value = sort == Sort.INSTALLS ? (Object) key : Instant.ofEpochMilli(key);
        return new Object[] {value, value, id};
    }

    String encode() {
        String text = sort.name() + ":" + key + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor for this sort, or null for none; 422 naming {@code cursor} when not made here. */
    static ListingCursor decode(String cursor, Sort sort) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length == 3 && parts[0].equals(sort.name()) && !parts[2].isEmpty()) {
                return new ListingCursor(sort, Long.parseLong(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException notOurs) {
            // falls through to the problem below, like a cursor of another sort
        }
        throw Problems.invalid("cursor", "is not a cursor of this search and sort order");
    }
}
