package io.tributary.engine.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.pipeline.Routed;

class PagePumpTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ExecutorService transformers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        readers.shutdownNow();
        transformers.shutdownNow();
    }

    /** Pages of one record each, numbered from 1; it fails at {@code failAt} if that is not 0. */
    private static final class CountingSource implements PageSource {
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();
        final AtomicInteger maxHeld = new AtomicInteger();
        private final int pages;
        private final int failAt;

        CountingSource(int pages, int failAt) {
            this.pages = pages;
            this.failAt = failAt;
        }

        @Override
        public SourcePage next() throws ConnectorException {
            int number = read.incrementAndGet();
            maxHeld.accumulateAndGet(number - committed.get(), Math::max);
            if (number == failAt) {
                throw new ConnectorException("source: gone", false);
            }
            Record record = new Record(String.valueOf(number), Json.object());
            return new SourcePage(List.of(record), number == pages ? null : "c" + number, null, number == pages);
        }

        @Override
        public void close() {
        }
    }

    private static List<Routed> slowly(List<Record> records) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return records.stream().map(record -> new Routed(record, List.of(), List.of())).toList();
    }

    @Test
    void pagesReachTheSinkInReadOrderWithABoundedNumberHeld() throws Exception {
        CountingSource source = new CountingSource(100, 0);
        List<String> sunk = new ArrayList<>();

        new PagePump(readers, transformers, 4, () -> false).pump(source, PagePumpTest::slowly, (page, routed) -> {
            sunk.add(routed.get(0).source().key());
            source.committed.incrementAndGet();
        });

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            expected.add(String.valueOf(i));
        }
        assertEquals(expected, sunk);
        assertTrue(source.maxHeld.get() <= 5, "held: " + source.maxHeld);
    }

    @Test
    void aSourceFailureEndsThePumpAfterTheGoodPages() {
        CountingSource source = new CountingSource(100, 7);
        List<String> sunk = new ArrayList<>();

        ConnectorException failure = assertThrows(ConnectorException.class, () ->
                new PagePump(readers, transformers, 2, () -> false).pump(source, PagePumpTest::slowly,
                        (page, routed) -> sunk.add(page.next())));

        assertEquals("source: gone", failure.getMessage());
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6"), sunk);
    }

    @Test
    void aStopEndsThePumpBetweenPages() throws Exception {
        CountingSource source = new CountingSource(1000, 0);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> sunk = new ArrayList<>();

        new PagePump(readers, transformers, 3, stop::get).pump(source, PagePumpTest::slowly, (page, routed) -> {
            sunk.add(page.next());
            stop.set(sunk.size() == 5);
        });

        assertEquals(5, sunk.size());
        assertTrue(source.read.get() <= 9, "the reader stopped too: " + source.read);
    }
}
