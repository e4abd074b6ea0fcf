package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

/**
 * However large the source, a run holds a bounded number of pages: here 200,000 records in pages of 1000 with
 * four pages transformed at once never have more than five pages read and not yet written.
 */
class FlatMemoryTest {

    @EachDatabase
    void aLargeSourceRunsWithABoundedNumberOfPagesInFlight(EngineFixture fixture) {
        fixture.memory.fill(200_000);
        ObjectNode definition = definition("bulk");
        ((ObjectNode) definition.get("settings")).put("pageSize", 1000).put("concurrency", 4);
        String flowId = fixture.create(definition).id();

        Run run = fixture.runToEnd(flowId, new RunRequest(RunMode.NORMAL, null));

        assertEquals(RunStatus.SUCCEEDED, run.status());
        assertEquals(new RunCounts(200_000, 200_000, 0, 0), run.counts());
        assertEquals(200, run.pages());
        assertEquals(200_000, fixture.memory.written.size());
        int inFlight = fixture.memory.maxInFlight.get();
        assertTrue(inFlight <= 5, "at most concurrency + 1 pages read and not written, saw " + inFlight);
        assertTrue(inFlight >= 2, "reading went ahead of writing, saw " + inFlight);
    }
}
