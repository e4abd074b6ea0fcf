package io.tributary.marketplace.internal.validation;

import java.util.List;

import io.tributary.api.problem.FieldError;

/**
 * The outcome of inspecting an upload: every failed check, or the artifact's facts when none failed.
 *
 * @param failures each failed check, by field: {@code artifact}, {@code artifact!/<entry>}, {@code signature},
 *                 {@code publisher}
 * @param facts    null unless every check passed
 */
public record Inspection(List<FieldError> failures, ArtifactFacts facts) {

    public Inspection {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
