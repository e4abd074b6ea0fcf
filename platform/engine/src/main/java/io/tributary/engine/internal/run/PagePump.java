package io.tributary.engine.internal.run;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.engine.internal.pipeline.Routed;

/**
 * Moves a run's pages from its source through the pipeline to its writer with flat memory: a reader thread reads
 * pages in order and hands each to the transformers (at most {@code concurrency} pages transformed at once); the
 * calling thread writes and commits them strictly in read order. At most {@code concurrency + 1} pages are held
 * between being read and being committed, so a source of any size needs the memory of a few pages.
 */
public final class PagePump {

    /** Writes and commits one page; called on the pump's calling thread, in read order. */
    @FunctionalInterface
    public interface Sink {
        void accept(SourcePage page, List<Routed> routed) throws InterruptedException;
    }

    private static final long READER_STOP_SECONDS = 30;

    private final ExecutorService readers;
    private final ExecutorService transformers;
    private final int concurrency;
    private final BooleanSupplier stop;

    public PagePump(ExecutorService readers, ExecutorService transformers, int concurrency, BooleanSupplier stop) {
        this.readers = readers;
        this.transformers = transformers;
        this.concurrency = concurrency;
        this.stop = stop;
    }

    private record InFlight(SourcePage page, Future<List<Routed>> routed) {
    }

    /** The reader's last word: the source ended (failure null) or failed. */
    private record End(Exception failure) {
    }

    /**
     * Returns when the last page is committed or the run is asked to stop (checked between pages).
     *
     * @throws ConnectorException when the source cannot be read
     */
    public void pump(PageSource source, Function<List<Record>, List<Routed>> transform, Sink sink)
            throws ConnectorException, InterruptedException {
        Semaphore held = new Semaphore(concurrency + 1);
        Semaphore transforming = new Semaphore(concurrency);
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        CountDownLatch readerDone = new CountDownLatch(1);
        Future<?> reader = readers.submit(() -> read(source, transform, held, transforming, queue, readerDone));
        try {
            while (!stop.getAsBoolean()) {
                Object item = queue.take();
                if (item instanceof End end) {
                    rethrow(end.failure());
                    return;
                }
                InFlight page = (InFlight) item;
                sink.accept(page.page(), await(page.routed()));
                held.release();
            }
        } finally {
            reader.cancel(true);
            readerDone.await(READER_STOP_SECONDS, TimeUnit.SECONDS);
            queue.forEach(item -> {
                if (item instanceof InFlight page) {
                    page.routed().cancel(true);
                }
            });
        }
    }

    private void read(PageSource source, Function<List<Record>, List<Routed>> transform, Semaphore held,
            Semaphore transforming, BlockingQueue<Object> queue, CountDownLatch done) {
        try {
            while (!stop.getAsBoolean()) {
                held.acquire();
                SourcePage page = source.next();
                if (page == null) {
                    break;
                }
                transforming.acquire();
                queue.add(new InFlight(page, transformers.submit(() -> {
                    try {
                        return transform.apply(page.records());
                    } finally {
                        transforming.release();
                    }
                })));
                if (page.last()) {
                    break;
                }
            }
            queue.add(new End(null));
        } catch (InterruptedException e) {
            queue.add(new End(null));
        } catch (ConnectorException | RuntimeException e) {
            queue.add(new End(e));
        } finally {
            done.countDown();
        }
    }

    private static List<Routed> await(Future<List<Routed>> routed) throws InterruptedException {
        try {
            return routed.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The flow's steps failed: " + e.getCause(), e.getCause());
        }
    }

    private static void rethrow(Exception failure) throws ConnectorException {
        if (failure instanceof ConnectorException connector) {
            throw connector;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
    }
}
