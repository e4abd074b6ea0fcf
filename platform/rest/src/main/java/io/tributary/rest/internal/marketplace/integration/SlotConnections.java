package io.tributary.rest.internal.marketplace.integration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

/** The body of {@code PUT /integrations/{id}/connections}: slot name to connection id. */
final class SlotConnections {

    private SlotConnections() {
    }

    /** @throws ProblemException 422 naming every slot whose value is not a connection id */
    static Map<String, String> of(ObjectNode body) {
        Map<String, String> connections = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> slot : body.properties()) {
            JsonNode connection = slot.getValue();
            if (connection.isTextual() && !connection.asText().isBlank()) {
                connections.put(slot.getKey(), connection.asText());
            } else {
                errors.add(new FieldError(slot.getKey(), "must be a connection id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("Every slot must map to a connection id.", errors));
        }
        return connections;
    }
}
