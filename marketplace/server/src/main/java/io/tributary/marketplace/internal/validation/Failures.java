package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tributary.api.problem.FieldError;

/**
 * The failures of one inspection, by field. A hostile archive can break one rule ten thousand times; the answer
 * lists the first few of each kind and counts the rest.
 */
final class Failures {

    static final String ARTIFACT = "artifact";
    static final String SIGNATURE = "signature";
    static final String PUBLISHER = "publisher";

    private static final int MAX_PER_KIND = 20;

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Integer> perKind = new HashMap<>();

    /** The field of one entry of the artifact, e.g. {@code artifact!/OSGI-INF/tributary/connector.json}. */
    static String entry(String name) {
        return ARTIFACT + "!/" + name;
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void artifact(String message) {
        add(ARTIFACT, message);
    }

    void entry(String name, String message) {
        add(entry(name), message);
    }

    void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    /**
     * A failure of a kind that may repeat once per entry: only the first {@value #MAX_PER_KIND} are listed.
     *
     * @param kind what the failures have in common, e.g. {@code symbolic link}
     */
    void artifactOfKind(String kind, String message) {
        int seen = perKind.merge(kind, 1, Integer::sum);
        if (seen <= MAX_PER_KIND) {
            artifact(message);
        }
    }

    /** Adds one line per kind that went over the limit, saying how many were left out. */
    void closeKinds() {
        perKind.forEach((kind, seen) -> {
            if (seen > MAX_PER_KIND) {
                artifact("has " + (seen - MAX_PER_KIND) + " more entries like these (" + kind + ") that are not"
                        + " listed");
            }
        });
        perKind.clear();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
