package io.tributary.plugins.internal.marketplace;

import java.util.regex.Pattern;

/**
 * Listing ids and versions become file names and URL path segments: only plain names are accepted, so that no
 * marketplace (or request) can reach outside the runtime's repository folder.
 */
final class Ids {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Ids() {
    }

    static boolean plain(String text) {
        return text != null && PLAIN.matcher(text).matches() && !text.contains("..");
    }

    /** @throws IllegalArgumentException when the text is no plain name: a bug, as callers check first */
    static String requirePlain(String text) {
        if (!plain(text)) {
            throw new IllegalArgumentException("not a plain listing id or version: " + text);
        }
        return text;
    }
}
