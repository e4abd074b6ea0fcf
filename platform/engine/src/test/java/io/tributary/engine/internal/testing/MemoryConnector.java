package io.tributary.engine.internal.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.InboundRequest;
import io.tributary.api.connector.Listener;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult;
import io.tributary.engine.internal.common.Json;

/**
 * A connector over a {@link MemorySystem}, implementing the SPI as a real one would: a source operation
 * {@code items} with cursor paging and deltas, a destination {@code write} (upsert by key) and a listener
 * {@code hook} that checks a signature header.
 */
public final class MemoryConnector implements Connector {

    public static final String SECRET = "s3cret";

    private final MemorySystem system;

    public MemoryConnector(MemorySystem system) {
        this.system = system;
    }

    @Override
    public ConnectionTest test(ConnectorContext context) {
        return ConnectionTest.ok("in memory");
    }

    @Override
    public Source openSource(String operation, ConnectorContext context) throws ConnectorException {
        requireSecret(context);
        return new Source() {
            private long highest = Long.MIN_VALUE;

            @Override
            public Page read(PageRequest request) throws ConnectorException {
                system.pageRead();
                awaitIfAsked();
                ConnectorException failure = system.readFailures.poll();
                if (failure != null) {
                    throw failure;
                }
                String from = request.cursor() != null ? request.cursor() + "\u0000"
                        : request.since() != null ? String.format("%019d|", Long.parseLong(request.since()) + 1)
                        : "";
                List<Record> records = new ArrayList<>();
                String last = null;
                for (Map.Entry<String, ObjectNode> row : system.table.tailMap(from, true).entrySet()) {
                    if (records.size() == request.limit()) {
                        break;
                    }
                    records.add(new Record(row.getValue().get("id").asText(), row.getValue().deepCopy()));
                    highest = Math.max(highest, row.getValue().get("updated").asLong());
                    last = row.getKey();
                }
                boolean more = last != null && system.table.higherKey(last) != null;
                String watermark = highest == Long.MIN_VALUE ? request.since() : String.valueOf(highest);
                return new Page(records, more ? last : null, watermark);
            }
        };
    }

    private void awaitIfAsked() throws ConnectorException {
        if (system.pagesRead.get() == system.waitOnReadCall) {
            try {
                system.readLatch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException("interrupted", true);
            }
        }
    }

    @Override
    public Destination openDestination(String operation, ConnectorContext context) throws ConnectorException {
        requireSecret(context);
        return this::write;
    }

    private List<WriteResult> write(WriteMode mode, List<Record> records) throws ConnectorException {
        int call = system.writeCalls.get() + 1;
        ConnectorException batchFailure = system.batchFailures.poll();
        if (batchFailure != null) {
            system.writeCalls.incrementAndGet();
            throw batchFailure;
        }
        system.batchSizes.add(records.size());
        List<WriteResult> results = new ArrayList<>();
        for (Record record : records) {
            ConnectorException failure = system.keyFailures.getOrDefault(record.key(), new ArrayDeque<>())
                    .poll();
            if (failure != null) {
                results.add(WriteResult.error(record.key(), failure.getMessage(), failure.isRetryable()));
            } else {
                system.written.put(record.key(), record.data());
                system.writeOrder.add(record.key());
                results.add(WriteResult.ok(record.key()));
            }
        }
        if (call == system.hangOnWriteCall) {
            hang();
        }
        system.writeCalls.incrementAndGet();
        return results;
    }

    /** What a node does when it dies after writing but before its commit: nothing more, ever. */
    private static void hang() throws ConnectorException {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("the node died", false);
        }
    }

    @Override
    public Listener openListener(String operation, ConnectorContext context) throws ConnectorException {
        requireSecret(context);
        return request -> receive(request);
    }

    /** Needs the header {@code X-Signature: good}; a body line {@code id=...} per record. */
    private static List<Record> receive(InboundRequest request) throws ConnectorException {
        String signature = request.header("X-Signature").orElse("");
        if ("busy".equals(signature)) {
            throw new ConnectorException("try later", true);
        }
        if (!"good".equals(signature)) {
            throw new ConnectorException("bad signature for secret " + SECRET, false);
        }
        List<Record> records = new ArrayList<>();
        for (String line : new String(request.body(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("id=")) {
                String id = line.substring(3).strip();
                records.add(new Record(id, Json.object().put("id", id).put("via", "listener")));
            }
        }
        return records;
    }

    private static void requireSecret(ConnectorContext context) throws ConnectorException {
        JsonNode password = context.connection().path("password");
        if (!SECRET.equals(password.asText())) {
            throw new ConnectorException("wrong password", false);
        }
    }
}
