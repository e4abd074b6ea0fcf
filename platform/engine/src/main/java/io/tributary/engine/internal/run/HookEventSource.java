package io.tributary.engine.internal.run;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.Record;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.data.HookEventRepository;
import io.tributary.engine.internal.data.HookEventRepository.StoredEvent;

/**
 * The records of the webhook events a run took, in the order they were received. The cursor
 * {@code <event seq>:<record index>} names the next record, so a run taken over after a crash continues there.
 */
public final class HookEventSource implements PageSource {

    private final HookEventRepository events;
    private final String runId;
    private final int pageSize;
    private long seq;
    private int offset;
    private List<JsonNode> current;
    private boolean done;

    public HookEventSource(HookEventRepository events, String runId, int pageSize, String cursor) {
        this.events = events;
        this.runId = runId;
        this.pageSize = pageSize;
        if (cursor != null) {
            int colon = cursor.indexOf(':');
            seq = Long.parseLong(cursor.substring(0, colon));
            offset = Integer.parseInt(cursor.substring(colon + 1));
        }
    }

    @Override
    public SourcePage next() {
        if (done) {
            return null;
        }
        List<Record> records = new ArrayList<>();
        while (records.size() < pageSize && loadCurrent()) {
            while (offset < current.size() && records.size() < pageSize) {
                records.add(Json.unkeyed(current.get(offset++)));
            }
        }
        done = !loadCurrent();
        return new SourcePage(records, done ? null : seq + ":" + offset, null, done);
    }

    /** Makes {@code current} the event holding the next record; false when there is none. */
    private boolean loadCurrent() {
        if (current != null && offset < current.size()) {
            return true;
        }
        long from = current == null ? seq : seq + 1;
        List<StoredEvent> next = events.ofRun(runId, from, 1);
        if (next.isEmpty()) {
            return false;
        }
        StoredEvent event = next.get(0);
        if (current != null || event.seq() != seq) {
            offset = 0;
        }
        seq = event.seq();
        current = new ArrayList<>();
        Json.read(event.recordsJson()).forEach(current::add);
        return loadCurrent();
    }

    @Override
    public void close() {
        current = null;
    }
}
