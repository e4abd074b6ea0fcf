package io.tributary.plugins.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;

/** A valid descriptor to start from, and helpers to break it one rule at a time. */
public final class Descriptors {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Descriptors() {
    }

    /** A fresh copy of {@code descriptors/valid-connector.json}: id demo, version 1.2.3, icon icons/demo.svg. */
    public static ObjectNode valid() {
        try (InputStream in = Descriptors.class.getResourceAsStream("/descriptors/valid-connector.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode operation(ObjectNode descriptor, int index) {
        return (ObjectNode) descriptor.withArray("operations").get(index);
    }

    /** The schema of one field of the descriptor's connection. */
    public static ObjectNode connectionProperty(ObjectNode descriptor, String name) {
        return descriptor.withObjectProperty("connection").withObjectProperty("properties").withObjectProperty(name);
    }

    /** The schema of one field of an operation's config. */
    public static ObjectNode configProperty(ObjectNode descriptor, int operation, String name) {
        return operation(descriptor, operation).withObjectProperty("config").withObjectProperty("properties")
                .withObjectProperty(name);
    }

    public static byte[] bytes(ObjectNode descriptor) {
        try {
            return MAPPER.writeValueAsBytes(descriptor);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of the errors, for compact assertions. */
    public static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).distinct().toList();
    }
}
