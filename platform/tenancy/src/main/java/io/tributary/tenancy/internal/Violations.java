package io.tributary.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.tributary.api.problem.FieldError;

/** Collects every rule an input breaks, so that one 422 names them all. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Violations addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** A required text of at most {@code maxLength} characters after trimming. */
    public Violations requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        return limitText(field, value, maxLength);
    }

    /** An optional text: fine when null. */
    public Violations limitText(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, "must have at most " + maxLength + " characters");
        }
        return this;
    }

    public Violations requireMatch(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, rule);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Ends the request with a 422 when any rule was broken. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw Problems.invalid(List.copyOf(errors));
        }
    }
}
