package io.tributary.rest.internal.tenancy;

import java.util.Locale;

/** Enum values as the API writes them: lower case, e.g. {@code manage}. */
final class EnumNames {

    private EnumNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
