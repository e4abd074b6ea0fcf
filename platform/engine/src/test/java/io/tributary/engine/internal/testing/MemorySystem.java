package io.tributary.engine.internal.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.engine.internal.common.Json;

/**
 * The outside system of the tests, in memory: a table the source reads (in {@code updated} order, so a delta read
 * continues after a watermark) and a map the destination writes by key. Both can be told to fail or to hang, and
 * count what they do.
 */
public final class MemorySystem {

    /** Rows by {@code <updated, zero-padded>|<id>}: the source's reading order. */
    final NavigableMap<String, ObjectNode> table = new ConcurrentSkipListMap<>();
    private final Map<String, String> sortKeyById = new ConcurrentHashMap<>();

    /** What the destination holds, by key. */
    public final Map<String, ObjectNode> written = new ConcurrentHashMap<>();
    /** Every key the destination wrote, in the order written (repeats included). */
    public final List<String> writeOrder = Collections.synchronizedList(new ArrayList<>());
    public final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    /** Failures the destination gives a key, each used once. */
    public final Map<String, Queue<ConnectorException>> keyFailures = new ConcurrentHashMap<>();
    /** Failures of whole write calls, each used once. */
    public final Queue<ConnectorException> batchFailures = new ConcurrentLinkedQueue<>();
    /** Failures of source reads, each used once. */
    public final Queue<ConnectorException> readFailures = new ConcurrentLinkedQueue<>();

    public final AtomicInteger pagesRead = new AtomicInteger();
    public final AtomicInteger writeCalls = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();

    /** When set, the write call with this number (from 1) keeps its records, then hangs until interrupted. */
    public volatile int hangOnWriteCall;
    /** When set, the read call with this number (from 1) waits for the latch. */
    public volatile int waitOnReadCall;
    public volatile CountDownLatch readLatch = new CountDownLatch(0);

    /** Adds or changes a row; a change with a higher {@code updated} moves it after the watermark. */
    public void put(String id, long updated, String name) {
        ObjectNode row = Json.object().put("id", id).put("updated", updated).put("name", name);
        String sortKey = String.format("%019d|%s", updated, id);
        String previous = sortKeyById.put(id, sortKey);
        if (previous != null) {
            table.remove(previous);
        }
        table.put(sortKey, row);
    }

    public void put(ObjectNode row) {
        String id = row.get("id").asText();
        long updated = row.path("updated").asLong();
        String sortKey = String.format("%019d|%s", updated, id);
        String previous = sortKeyById.put(id, sortKey);
        if (previous != null) {
            table.remove(previous);
        }
        table.put(sortKey, row);
    }

    /** Rows {@code r1..rN} updated at 1..N. */
    public void fill(int count) {
        for (int i = 1; i <= count; i++) {
            put("r" + i, i, "row " + i);
        }
    }

    public List<String> sourceIds() {
        return table.values().stream().map(row -> row.get("id").asText()).toList();
    }

    public void failKey(String key, String message, boolean retryable, int times) {
        Queue<ConnectorException> failures = keyFailures.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < times; i++) {
            failures.add(new ConnectorException(message, retryable));
        }
    }

    void pageRead() {
        int read = pagesRead.incrementAndGet();
        maxInFlight.accumulateAndGet(read - writeCalls.get(), Math::max);
    }
}
