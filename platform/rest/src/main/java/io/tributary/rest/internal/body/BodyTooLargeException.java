package io.tributary.rest.internal.body;

import java.io.IOException;
import java.util.List;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.rest.internal.problem.Problems;

/**
 * A request body longer than its endpoint takes. An I/O failure, so that the parsers reading the body give up and
 * pass it on unchanged (Jackson wraps other exceptions); {@link #problem()} is the answer.
 */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final String field;

    /** @param field what the problem names as too large; empty for nothing but the body */
    public BodyTooLargeException(long maxBytes, String field) {
        super("The request body is longer than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
        this.field = field;
    }

    /** The 413: the limit in the detail, and in an error on the field when there is one. */
    public Problem problem() {
        String limit = describe(maxBytes);
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, "may have at most " + limit));
        return new Problem("about:blank", Problems.title(413), 413,
                "The request body is larger than " + limit + ", the most this endpoint takes.", errors);
    }

    /** A size in the largest unit that writes it as a whole number, e.g. 64 MiB. */
    public static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
