package io.tributary.connector.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;

/**
 * The {@code send} operation: one request per record (or one per batch, see {@link BatchWriter}), each record's
 * outcome judged from its own answer so one bad record does not fail its neighbours.
 */
final class HttpDestination implements Destination {

    /** The {@code maxBatch} of the descriptor. */
    static final int MAX_BATCH = 100;

    private final HttpExchange exchange;
    private final DestinationConfig config;

    HttpDestination(HttpExchange exchange, DestinationConfig config) {
        this.exchange = exchange;
        this.config = config;
    }

    @Override
    public List<WriteResult> write(WriteMode mode, List<Record> records) throws ConnectorException {
        if (records.size() > MAX_BATCH) {
            throw Json.invalid("a batch holds at most " + MAX_BATCH + " records, not " + records.size());
        }
        if (config.batch()) {
            return new BatchWriter(exchange, config.target(mode)).write(mode, records);
        }
        List<WriteResult> results = new ArrayList<>(records.size());
        for (Record record : records) {
            results.add(writeOne(mode, record));
        }
        return results;
    }

    private WriteResult writeOne(WriteMode mode, Record record) {
        DestinationConfig.Target target = config.target(mode);
        if (exchange.isCancelled()) {
            return WriteResult.error(record.key(), "not sent: the run was cancelled", true);
        }
        try {
            String path = target.path().expand(record);
            HttpResponse<byte[]> response = exchange.send(target.method(), exchange.resolve(path, Map.of()),
                    Json.bytes(record.data()));
            return WriteOutcomes.of(record.key(), mode, response.statusCode(), HttpFailures.detail(response));
        } catch (ConnectorException e) {
            // a cancelled run stops between retries of a retryable failure: sending the record later may work
            return WriteResult.error(record.key(), e.getMessage(), e.isRetryable() || exchange.isCancelled());
        }
    }
}
