package io.tributary.plugins.internal.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;

/**
 * The outcome of reading one descriptor: the JSON as read (when it could be parsed) and every rule it breaks.
 *
 * @param descriptor the descriptor; null when it could not be read or is not a JSON object
 * @param errors     every failure found, each with a field path; empty when the descriptor is valid
 */
public record DescriptorCheck(ObjectNode descriptor, List<FieldError> errors) {

    public DescriptorCheck {
        errors = List.copyOf(errors);
        if (descriptor == null && errors.isEmpty()) {
            throw new IllegalArgumentException("a descriptor that could not be read needs a reason");
        }
    }

    static DescriptorCheck failed(String field, String message) {
        return new DescriptorCheck(null, List.of(new FieldError(field, message)));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The descriptor's id, or null when absent or not text. */
    public String id() {
        return text("id");
    }

    /** The descriptor's version, or null when absent or not text. */
    public String version() {
        return text("version");
    }

    /** The descriptor's display name, or null when absent or not text. */
    public String name() {
        return text("name");
    }

    /** The descriptor's categories that are text; empty when none. */
    public List<String> categories() {
        List<String> categories = new ArrayList<>();
        if (descriptor != null) {
            descriptor.path("categories").forEach(category -> {
                if (category.isTextual()) {
                    categories.add(category.textValue());
                }
            });
        }
        return categories;
    }

    /** Every failure on one line, e.g. {@code descriptor.id: must match ...; descriptor.icon: no entry ...}. */
    public String summary() {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }

    private String text(String field) {
        if (descriptor == null) {
            return null;
        }
        JsonNode value = descriptor.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }
}
