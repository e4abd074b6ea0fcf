package io.tributary.shell.internal;

import java.util.function.Function;
import java.util.stream.Stream;

/** Option values that name an enum constant as the API spells it, e.g. {@code auto-resolved}. */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * @return the constant, or null when the option was not given
     * @throws IllegalArgumentException for any other value, with a message listing the values allowed
     */
    static <E extends Enum<E>> E oneOf(String option, String value, E[] constants, Function<E, String> jsonName) {
        if (value == null) {
            return null;
        }
        return Stream.of(constants).filter(constant -> jsonName.apply(constant).equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + option + " " + value + "; use one of "
                        + Stream.of(constants).map(jsonName).toList()));
    }
}
