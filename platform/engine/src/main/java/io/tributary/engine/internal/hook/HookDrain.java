package io.tributary.engine.internal.hook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.run.RunCoordinator;
import io.tributary.engine.internal.run.Threads;

/**
 * Turns waiting webhook events into runs without starting a run per request: requests for a flow coalesce while
 * one is pending, and a drain takes every waiting event (up to a run's worth) when the flow is idle. A flow that
 * is running is drained again when its run ends.
 */
public final class HookDrain implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HookDrain.class);

    private final Repositories repositories;
    private final RunCoordinator coordinator;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.named("tributary-hook-drain"));

    public HookDrain(Repositories repositories, RunCoordinator coordinator) {
        this.repositories = repositories;
        this.coordinator = coordinator;
        coordinator.onWebhookRunEnded(this::request);
    }

    /** Asks for a run of the flow's waiting events, soon; does nothing if such a request already waits. */
    public void request(String flowId) {
        if (!requested.add(flowId)) {
            return;
        }
        try {
            worker.execute(() -> {
                requested.remove(flowId);
                drain(flowId);
            });
        } catch (RejectedExecutionException e) {
            // stopping: the events wait in the database for the next start
            requested.remove(flowId);
        }
    }

    private void drain(String flowId) {
        try {
            if (repositories.hooks().pending(flowId) > 0) {
                repositories.flows().find(flowId).ifPresent(coordinator::drain);
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook events of flow {} wait: {}", flowId, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
