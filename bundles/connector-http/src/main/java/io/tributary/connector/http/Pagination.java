package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/**
 * How a source moves from page to page. Cursors are strings that carry everything needed to read the page again
 * ({@code page:3}, {@code offset:20}, {@code cursor:<token>}, {@code link:<url>}), so a run can resume from any of
 * them; the prefix catches a cursor kept from before the pagination style was changed.
 */
interface Pagination {

    /** Builds the URL of the operation's path with its query, the delta parameter and these paging parameters. */
    @FunctionalInterface
    interface UrlFactory {
        URI withParams(Map<String, String> pagingParams) throws ConnectorException;
    }

    /** What a page's answer tells about the next page. */
    record PageResult(URI uri, HttpHeaders headers, JsonNode body, int recordCount) {
    }

    /** A single request returns everything. */
    Pagination NONE = new Pagination() {
        @Override
        public URI pageUrl(String cursor, int size, UrlFactory urls) throws ConnectorException {
            return urls.withParams(Map.of());
        }

        @Override
        public String nextCursor(String cursor, int size, PageResult result) {
            return null;
        }
    };

    /** The URL of the page at this cursor (null for the first page), asking for at most {@code size} records. */
    URI pageUrl(String cursor, int size, UrlFactory urls) throws ConnectorException;

    /** The cursor of the page after this one, or null when this was the last. */
    String nextCursor(String cursor, int size, PageResult result) throws ConnectorException;

    static Pagination from(JsonNode pagination) throws ConnectorException {
        String type = Json.text(pagination, "type", "none");
        return switch (type) {
            case "none" -> NONE;
            case "page" -> CountingPagination.pages(pagination);
            case "offset" -> CountingPagination.offsets(pagination);
            case "cursor" -> CursorPagination.from(pagination);
            case "link" -> new LinkPagination(Json.text(pagination, "sizeParam", null));
            default -> throw Json.invalid("pagination.type '" + type
                    + "' is not one of none, page, offset, cursor, link");
        };
    }

    /** The value of a cursor of the given kind; null for the first page. */
    static String cursorValue(String cursor, String kind) throws ConnectorException {
        if (cursor == null) {
            return null;
        }
        if (!cursor.startsWith(kind + ":")) {
            throw Json.invalid("cursor '" + cursor + "' was not made by " + kind
                    + " pagination: was the operation's pagination changed?");
        }
        return cursor.substring(kind.length() + 1);
    }
}
