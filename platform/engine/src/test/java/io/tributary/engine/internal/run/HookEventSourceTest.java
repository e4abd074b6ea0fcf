package io.tributary.engine.internal.run;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.tributary.api.connector.Record;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.data.HookEventRepository;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

class HookEventSourceTest {

    @EachDatabase
    void theRecordsOfARunsEventsComeInPagesAndResumeAtTheirCursor(EngineFixture fixture) {
        String flowId = fixture.create(definition("hooked")).id();
        HookEventRepository events = fixture.engine.repositories().hooks();
        insert(events, flowId, "a1", "a2", "a3");
        insert(events, flowId, "b1");
        insert(events, flowId, "c1", "c2");
        assertEquals(6, events.take(flowId, "run-1", 10));
        insert(events, flowId, "later");

        HookEventSource source = new HookEventSource(events, "run-1", 4, null);
        SourcePage first = source.next();
        SourcePage resumed = new HookEventSource(events, "run-1", 4, first.next()).next();

        assertEquals(List.of("a1", "a2", "a3", "b1"), keys(first));
        assertEquals(false, first.last());
        assertEquals(List.of("c1", "c2"), keys(resumed));
        assertEquals(true, resumed.last());
        assertNull(resumed.next());
        assertEquals(List.of("c1", "c2"), keys(source.next()));
        assertNull(source.next());
        assertEquals(1, events.pending(flowId));
    }

    @EachDatabase
    void aRunTakesWholeEventsUpToItsRecordLimit(EngineFixture fixture) {
        String flowId = fixture.create(definition("hooked")).id();
        HookEventRepository events = fixture.engine.repositories().hooks();
        insert(events, flowId, "a1", "a2", "a3");
        insert(events, flowId, "b1", "b2");

        assertEquals(3, events.take(flowId, "run-1", 4));
        assertEquals(2, events.take(flowId, "run-2", 1), "one event at least, however large");
        assertEquals(0, events.take(flowId, "run-3", 4));
    }

    private static void insert(HookEventRepository events, String flowId, String... keys) {
        ArrayNode records = Json.array();
        for (String key : keys) {
            records.add(Json.keyed(new Record(key, Json.object().put("id", key))));
        }
        events.insert(keys[0] + "-event", flowId, Instant.now(), keys.length, Json.write(records));
    }

    private static List<String> keys(SourcePage page) {
        List<String> keys = new ArrayList<>();
        page.records().forEach(record -> keys.add(record.key()));
        return keys;
    }
}
