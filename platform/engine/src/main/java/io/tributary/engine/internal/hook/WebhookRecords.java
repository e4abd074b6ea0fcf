package io.tributary.engine.internal.hook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;

/** The records of a webhook body without a listener connector: a JSON object, or an array of objects. */
final class WebhookRecords {

    // a sender's repeated key would otherwise silently keep its last value
    private static final ObjectReader STRICT = Json.MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private WebhookRecords() {
    }

    /** 400 when the body is not such JSON, names a key twice in one object, or breaks a limit of the parser. */
    static List<Record> parse(byte[] body, Function<ObjectNode, String> keyOf) {
        JsonNode json;
        try {
            json = STRICT.readTree(body);
        } catch (StreamConstraintsException e) {
            // the parser's words name the limit and the numbers, never the input
            throw Problems.badRequest("The body exceeds a limit of the JSON parser: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw Problems.badRequest(duplicateKey(e).map(key -> "The body has the key '" + key
                    + "' more than once in one object").orElse("The body is not JSON") + where(e));
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

    /** The key a {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} failure is about; Jackson has no type for it. */
    private static Optional<String> duplicateKey(JsonProcessingException e) {
        boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field ");
        return duplicate && e.getProcessor() instanceof JsonParser parser
                ? Optional.ofNullable(parser.getParsingContext().getCurrentName()) : Optional.empty();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
