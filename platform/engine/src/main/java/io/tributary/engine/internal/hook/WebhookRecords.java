package io.tributary.engine.internal.hook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;

/** The records of a webhook body without a listener connector: a JSON object, or an array of objects. */
final class WebhookRecords {

    private WebhookRecords() {
    }

    /** 400 when the body is not such JSON. */
    static List<Record> parse(byte[] body, Function<ObjectNode, String> keyOf) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problems.badRequest("The body is not JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw Problems.badRequest("The body cannot be read");
        }
        List<Record> records = new ArrayList<>();
        if (json != null && json.isObject()) {
            records.add(new Record(keyOf.apply((ObjectNode) json), (ObjectNode) json));
        } else if (json != null && json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                if (!json.get(i).isObject()) {
                    throw Problems.badRequest("Element " + i + " of the body is not a JSON object");
                }
                records.add(new Record(keyOf.apply((ObjectNode) json.get(i)), (ObjectNode) json.get(i)));
            }
        } else {
            throw Problems.badRequest("The body must be a JSON object or an array of objects");
        }
        return records;
    }
}
