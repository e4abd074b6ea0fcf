package io.tributary.tenancy.internal.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** User names are compared case-insensitively: they are kept trimmed and in lower case. */
public final class Usernames {

    public static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    public static final String RULE =
            "must be 1 to 100 letters, digits or . _ @ -, starting with a letter or digit";

    private Usernames() {
    }

    /** The form a user name is stored and looked up in; "" for null. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
