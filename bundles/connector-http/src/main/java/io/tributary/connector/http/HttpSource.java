package io.tributary.connector.http;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;

/** The {@code get} operation: one GET per page, records from the JSON answer, the cursor of the next page. */
final class HttpSource implements Source {

    private final HttpExchange exchange;
    private final SourceConfig config;
    private DeltaWatermark watermark;

    HttpSource(HttpExchange exchange, SourceConfig config) {
        this.exchange = exchange;
        this.config = config;
    }

    @Override
    public Page read(PageRequest request) throws ConnectorException {
        int size = Math.min(request.limit(), config.pageSize());
        URI url = config.pagination().pageUrl(request.cursor(), size, params -> url(params, request.since()));
        HttpResponse<byte[]> response = exchange.send("GET", url, null);
        if (!HttpFailures.isSuccess(response.statusCode())) {
            throw HttpFailures.statusFailure("GET", response);
        }
        JsonNode body = Json.parse(response.body(), "the answer of GET " + Urls.describe(url));
        List<Record> records = config.reader().read(body);
        String next = config.pagination().nextCursor(request.cursor(), size,
                new Pagination.PageResult(url, response.headers(), body, records.size()));
        return new Page(records, next, watermark(request, records));
    }

    private URI url(Map<String, String> pagingParams, String since) throws ConnectorException {
        Map<String, String> query = new LinkedHashMap<>(config.query());
        if (since != null && config.deltaParam() != null) {
            query.put(config.deltaParam(), since);
        }
        query.putAll(pagingParams);
        return exchange.resolve(config.path(), query);
    }

    /** The highest delta value of the run so far, pages before this one included. */
    private String watermark(PageRequest request, List<Record> records) {
        if (config.deltaField() == null) {
            return null;
        }
        if (watermark == null) {
            watermark = new DeltaWatermark(request.since());
        }
        records.forEach(record -> watermark.offer(Json.field(record.data(), config.deltaField())));
        return watermark.value();
    }
}
