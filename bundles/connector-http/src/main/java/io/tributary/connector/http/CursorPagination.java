package io.tributary.connector.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/**
 * Server-issued cursors: the answer holds the next page's token (at a JSON Pointer), which the next request sends
 * back in a query parameter. No token, an empty page, or the same token again ends the read.
 */
final class CursorPagination implements Pagination {

    private static final String KIND = "cursor";

    private final JsonPointer nextCursorPointer;
    private final String cursorParam;
    private final String sizeParam;

    private CursorPagination(JsonPointer nextCursorPointer, String cursorParam, String sizeParam) {
        this.nextCursorPointer = nextCursorPointer;
        this.cursorParam = cursorParam;
        this.sizeParam = sizeParam;
    }

    static CursorPagination from(JsonNode config) throws ConnectorException {
        Json.requiredText(config, "nextCursorPointer", "pagination");
        return new CursorPagination(Json.pointer(config, "nextCursorPointer", "pagination"),
                Json.text(config, "cursorParam", "cursor"), Json.text(config, "sizeParam", null));
    }

    @Override
    public URI pageUrl(String cursor, int size, UrlFactory urls) throws ConnectorException {
        Map<String, String> params = new LinkedHashMap<>();
        String token = Pagination.cursorValue(cursor, KIND);
        if (token != null) {
            params.put(cursorParam, token);
        }
        if (sizeParam != null) {
            params.put(sizeParam, Integer.toString(size));
        }
        return urls.withParams(params);
    }

    @Override
    public String nextCursor(String cursor, int size, PageResult result) throws ConnectorException {
        JsonNode next = result.body().at(nextCursorPointer);
        if (!next.isValueNode() || next.isNull() || next.asText().isEmpty() || result.recordCount() == 0) {
            return null;
        }
        String token = next.asText();
        return token.equals(Pagination.cursorValue(cursor, KIND)) ? null : KIND + ":" + token;
    }
}
