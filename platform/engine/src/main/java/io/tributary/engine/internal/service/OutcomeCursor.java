package io.tributary.engine.internal.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.tributary.engine.internal.common.Problems;

/** A position in a run's record outcomes: a page's number and a record's index in it. */
record OutcomeCursor(long page, int index) {

    static final OutcomeCursor START = new OutcomeCursor(1, 0);

    String encode() {
        String text = page + ":" + index;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static OutcomeCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new OutcomeCursor(Long.parseLong(text.substring(0, colon)),
                    Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw Problems.invalid("cursor", "is not a cursor of this listing");
        }
    }
}
