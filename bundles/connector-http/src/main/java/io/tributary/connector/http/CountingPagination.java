package io.tributary.connector.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/**
 * Page numbers ({@code ?page=2&size=10}) or offsets ({@code ?offset=10&limit=10}): a position that advances by one
 * page or by the records read. A page shorter than asked for is the last.
 */
final class CountingPagination implements Pagination {

    private final String kind;
    private final String positionParam;
    private final String sizeParam;
    private final long start;
    private final boolean countsRecords;

    private CountingPagination(String kind, String positionParam, String sizeParam, long start,
                               boolean countsRecords) {
        this.kind = kind;
        this.positionParam = positionParam;
        this.sizeParam = sizeParam;
        this.start = start;
        this.countsRecords = countsRecords;
    }

    static CountingPagination pages(JsonNode config) {
        return new CountingPagination("page", Json.text(config, "pageParam", "page"),
                Json.text(config, "sizeParam", "size"), Json.integer(config, "startPage", 1), false);
    }

    static CountingPagination offsets(JsonNode config) {
        return new CountingPagination("offset", Json.text(config, "offsetParam", "offset"),
                Json.text(config, "limitParam", "limit"), 0, true);
    }

    @Override
    public URI pageUrl(String cursor, int size, UrlFactory urls) throws ConnectorException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(positionParam, Long.toString(position(cursor)));
        params.put(sizeParam, Integer.toString(size));
        return urls.withParams(params);
    }

    @Override
    public String nextCursor(String cursor, int size, PageResult result) throws ConnectorException {
        if (result.recordCount() < size) {
            return null;
        }
        long next = position(cursor) + (countsRecords ? result.recordCount() : 1);
        return kind + ":" + next;
    }

    private long position(String cursor) throws ConnectorException {
        String value = Pagination.cursorValue(cursor, kind);
        if (value == null) {
            return start;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Json.invalid("cursor '" + cursor + "' does not hold a " + kind + " number");
        }
    }
}
