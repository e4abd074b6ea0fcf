package io.tributary.connector.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/**
 * Sends a whole batch as one JSON array. When the answer is an array with one entry per record, an entry's
 * {@code status} (and {@code error} or {@code message}) decides that record's outcome; otherwise the answer's
 * status decides for all.
 */
final class BatchWriter {

    private final HttpExchange exchange;
    private final DestinationConfig.Target target;

    BatchWriter(HttpExchange exchange, DestinationConfig.Target target) {
        this.exchange = exchange;
        this.target = target;
    }

    List<WriteResult> write(WriteMode mode, List<Record> records) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        records.forEach(record -> array.add(record.data()));
        HttpResponse<byte[]> response;
        try {
            response = exchange.send(target.method(), exchange.resolve(target.path().template(), Map.of()),
                    Json.bytes(array));
        } catch (ConnectorException e) {
            boolean retryable = e.isRetryable() || exchange.isCancelled();
            return each(records, key -> WriteResult.error(key, e.getMessage(), retryable));
        }
        int status = response.statusCode();
        JsonNode entries = entries(response);
        if (!HttpFailures.isSuccess(status) || entries.size() != records.size()) {
            return each(records, key -> WriteOutcomes.of(key, mode, status, HttpFailures.detail(response)));
        }
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            results.add(entryOutcome(records.get(i).key(), mode, entries.get(i)));
        }
        return results;
    }

    private static WriteResult entryOutcome(String key, WriteMode mode, JsonNode entry) {
        JsonNode status = entry.path("status");
        if (!status.canConvertToInt()) {
            return WriteResult.ok(key);
        }
        String message = Json.text(entry, "error", Json.text(entry, "message", null));
        return WriteOutcomes.of(key, mode, status.asInt(), message == null ? "" : ": " + message);
    }

    /** The per-record entries of an answer; an empty array when it has none. */
    private static JsonNode entries(HttpResponse<byte[]> response) {
        try {
            JsonNode body = Json.parse(response.body(), "the batch answer");
            return body.isArray() ? body : Json.MAPPER.createArrayNode();
        } catch (ConnectorException e) {
            return Json.MAPPER.createArrayNode();
        }
    }

    private static List<WriteResult> each(List<Record> records, Function<String, WriteResult> result) {
        List<WriteResult> results = new ArrayList<>(records.size());
        records.forEach(record -> results.add(result.apply(record.key())));
        return results;
    }
}
