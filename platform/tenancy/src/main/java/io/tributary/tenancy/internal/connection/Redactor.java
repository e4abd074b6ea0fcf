package io.tributary.tenancy.internal.connection;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.tenancy.ConnectionService;

/** Replaces a connection's secret values in text by the mask, longest first so no fragment of one survives. */
final class Redactor {

    private final List<String> secrets;

    Redactor(Collection<String> secrets) {
        this.secrets = secrets.stream()
                .filter(secret -> !secret.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** Every scalar text inside a secret value: what must not appear in logs or messages. */
    static void texts(JsonNode value, Consumer<String> texts) {
        if (value.isValueNode() && !value.isNull()) {
            texts.accept(value.asText());
        }
        value.elements().forEachRemaining(element -> texts(element, texts));
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, ConnectionService.MASK);
        }
        return redacted;
    }
}
