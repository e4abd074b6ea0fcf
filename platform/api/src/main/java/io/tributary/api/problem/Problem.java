package io.tributary.api.problem;

import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem: what went wrong with a request, safe to show to its caller.
 * It never carries stack traces or secrets.
 *
 * @param type   a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title  a short summary that does not change from occurrence to occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time; may be null
 * @param errors the fields that broke a rule; empty when none
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem whose type is {@code about:blank}. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** A 422: valid JSON that breaks the given rules. */
    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Unprocessable Content", 422, detail, errors);
    }
}
