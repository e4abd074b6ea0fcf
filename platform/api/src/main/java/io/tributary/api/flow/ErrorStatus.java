package io.tributary.api.flow;

import java.util.Locale;

/** Where an error stands. */
public enum ErrorStatus {
    OPEN,
    /** Resolved by a user, by hand or by a successful retry. */
    RESOLVED,
    /** A later run wrote the same record key successfully. */
    AUTO_RESOLVED;

    /** The name in JSON and query parameters: {@code open}, {@code resolved}, {@code auto-resolved}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ErrorStatus fromJson(String name) {
        for (ErrorStatus status : values()) {
            if (status.jsonName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown error status '" + name + "'");
    }
}
