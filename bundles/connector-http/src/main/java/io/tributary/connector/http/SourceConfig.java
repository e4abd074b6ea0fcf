package io.tributary.connector.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;

/**
 * The configuration of the {@code get} source operation.
 *
 * @param path       the path under the base URL, e.g. {@code /customers}
 * @param query      query parameters sent with every page
 * @param reader     finds the records and their keys in an answer
 * @param pagination how pages follow each other
 * @param pageSize   the most records asked for in one request (the API's own maximum)
 * @param deltaParam the query parameter that carries the watermark of a delta read; null for none
 * @param deltaField the field whose highest value becomes the watermark; null for none
 */
record SourceConfig(String path, Map<String, String> query, RecordReader reader, Pagination pagination,
                    int pageSize, String deltaParam, String deltaField) {

    static final String WHERE = "config";

    static SourceConfig from(ObjectNode config) throws ConnectorException {
        String keyField = Json.requiredText(config, "keyField", WHERE);
        int pageSize = Json.integer(config, "pageSize", 100);
        if (pageSize < 1) {
            throw Json.invalid("config.pageSize must be at least 1");
        }
        return new SourceConfig(Json.requiredText(config, "path", WHERE), query(config.path("query")),
                RecordReader.forSource(Json.pointer(config, "recordsPointer", WHERE), keyField),
                Pagination.from(config.path("pagination")), pageSize,
                Json.text(config, "deltaParam", null), Json.text(config, "deltaField", null));
    }

    private static Map<String, String> query(JsonNode node) {
        Map<String, String> query = new LinkedHashMap<>();
        node.properties().forEach(param -> query.put(param.getKey(), param.getValue().asText()));
        return query;
    }
}
