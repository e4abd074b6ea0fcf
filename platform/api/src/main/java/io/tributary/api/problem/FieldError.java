package io.tributary.api.problem;

import java.util.Objects;

/**
 * One rule broken by one input field.
 *
 * @param field   the field's path in the request, e.g. {@code source.config.table}; never null
 * @param message what is wrong with it, for a person to read; never null
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
