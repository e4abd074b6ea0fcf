package io.tributary.api.marketplace;

import java.util.Locale;

/** What a listing offers. Written in JSON and queries as {@code connector} and {@code integration}. */
public enum Kind {
    CONNECTOR, INTEGRATION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the kind written {@code text}, or null when there is none */
    public static Kind fromWire(String text) {
        for (Kind kind : values()) {
            if (kind.wire().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
