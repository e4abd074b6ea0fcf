package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.problem.FieldError;

/** The failures of one inspection, by field. */
final class Failures {

    static final String ARTIFACT = "artifact";
    static final String SIGNATURE = "signature";
    static final String PUBLISHER = "publisher";

    private final List<FieldError> errors = new ArrayList<>();

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

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
