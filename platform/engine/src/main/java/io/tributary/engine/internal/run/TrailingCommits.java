package io.tributary.engine.internal.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Commits a run's pages on a thread of their own, one behind the writes: while page n is committed to the store,
 * page n + 1 is already being written to its destinations. A page is still committed only after it was written, and
 * in order; at most one written page waits for its commit, so a crash costs at most two pages written again (which
 * destinations upsert by key).
 */
final class TrailingCommits implements AutoCloseable {

    private final ExecutorService committer = Executors.newSingleThreadExecutor(Threads.named("tributary-commit"));
    private Future<?> pending;

    /** Waits for the previous page's commit (rethrowing its failure), then starts this one. */
    void submit(Runnable commit) throws InterruptedException {
        awaitPending();
        pending = committer.submit(commit);
    }

    /** Waits for the last commit; its failure is rethrown as it was. */
    void awaitPending() throws InterruptedException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pending = null;
        }
    }

    /** Lets a commit under way finish (the run must not end before it); a failure then was already reported. */
    @Override
    public void close() throws InterruptedException {
        committer.shutdown();
        committer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
