package io.tributary.integrations.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON objects written as text in tests. */
final class TestJson {

    private TestJson() {
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + e.getOriginalMessage(), e);
        }
    }
}
