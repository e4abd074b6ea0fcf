package io.tributary.rest.internal.validation;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.rest.internal.problem.Problems;

/** Query parameters checked by hand: a bad one is a 400 naming it, as JAX-RS conversion failures are. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A 400 problem naming the parameter. */
    public static ProblemException invalid(String name, String message) {
        return new ProblemException(new Problem("about:blank", Problems.title(400), 400,
                "Invalid query parameter " + name, List.of(new FieldError(name, message))));
    }

    /**
     * The constant an enum parameter names in its JSON spelling, e.g. {@code auto-resolved}.
     *
     * @return null when the parameter is absent or empty: no filter
     * @throws ProblemException 400 listing the values allowed
     */
    public static <E extends Enum<E>> E oneOf(String name, String value, E[] constants,
                                              Function<E, String> jsonName) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Stream.of(constants).filter(constant -> jsonName.apply(constant).equals(value)).findFirst()
                .orElseThrow(() -> invalid(name, "must be one of " + Stream.of(constants).map(jsonName).toList()));
    }

    /**
     * A whole number within bounds.
     *
     * @param value        the parameter, or null when absent
     * @param defaultValue what an absent parameter means
     */
    public static int between(String name, Integer value, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
