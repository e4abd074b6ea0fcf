package io.tributary.engine.internal.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.connector.ConnectorException;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.data.StoredRun;
import io.tributary.engine.internal.definition.CompiledFlow;

/**
 * Keeps runs alive across node failures. Every interval it heartbeats the runs this node executes (picking up
 * cancellations asked on other nodes), takes over runs whose node stopped heartbeating, starts queued runs whose
 * flow is idle and hands waiting webhook events to their flows. At start it also takes over this node's own runs
 * left RUNNING, without waiting for their heartbeat to go stale.
 */
public final class RunSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunSupervisor.class);

    private final RunEnvironment environment;
    private final Repositories repositories;
    private final RunCoordinator coordinator;
    private final Consumer<String> drainWebhooks;
    private final Duration interval;
    private final Duration staleAfter;
    private final ScheduledExecutorService timer;

    /** How long after this node's start a run waits for its connectors before resuming anyway. */
    private static final Duration CONNECTOR_GRACE = Duration.ofMinutes(2);

    /**
     * @param drainWebhooks asked to start a run for a flow with waiting webhook events
     * @param interval      how often to heartbeat and look around
     * @param staleAfter    how old a heartbeat must be for its run to be taken over
     */
    public RunSupervisor(RunEnvironment environment, RunCoordinator coordinator, Consumer<String> drainWebhooks,
            Duration interval, Duration staleAfter) {
        this.environment = environment;
        this.repositories = environment.repositories();
        this.coordinator = coordinator;
        this.drainWebhooks = drainWebhooks;
        this.interval = interval;
        this.staleAfter = staleAfter;
        this.timer = Executors.newSingleThreadScheduledExecutor(Threads.named("tributary-run-supervisor"));
    }

    public void start() {
        Instant startedAt = environment.clock().instant();
        timer.scheduleWithFixedDelay(() -> safely(() -> lookAround(startedAt)), 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void lookAround(Instant startedAt) {
        heartbeat();
        takeOverOrphans(startedAt);
        repositories.flows().idleWithQueuedRuns().forEach(coordinator::promote);
        repositories.hooks().flowsWithPending().forEach(drainWebhooks);
    }

    private void heartbeat() {
        List<String> mine = coordinator.activeRunIds();
        if (mine.isEmpty()) {
            return;
        }
        for (StoredRun cancelled : repositories.runs().heartbeat(mine, environment.nodeId(),
                environment.clock().instant())) {
            coordinator.control(cancelled.id()).ifPresent(control -> control.cancel(cancelled.cancelRequestedBy()));
        }
    }

    private void takeOverOrphans(Instant startedAt) {
        Instant now = environment.clock().instant();
        boolean connectorsMayStillArrive = now.isBefore(startedAt.plus(CONNECTOR_GRACE));
        for (StoredRun orphan : repositories.runs().orphaned(environment.nodeId(), now.minus(staleAfter),
                startedAt)) {
            if (connectorsMayStillArrive && !connectorsReady(orphan)) {
                continue;
            }
            if (coordinator.control(orphan.id()).isEmpty()
                    && repositories.runs().takeOver(orphan, environment.nodeId(), now)) {
                repositories.runs().find(orphan.id()).ifPresent(coordinator::resume);
            }
        }
    }

    /**
     * Whether every connector the run's flow uses is active. Right after a restart, uploaded connector bundles start
     * after the engine: resuming before them would fail a run that only had to wait.
     */
    private boolean connectorsReady(StoredRun run) {
        Optional<StoredFlow> flow = repositories.flows().find(run.flowId());
        if (flow.isEmpty()) {
            return true;
        }
        CompiledFlow compiled = environment.compiled().of(flow.get());
        List<ConnectorUse> uses = new ArrayList<>();
        if (compiled.source() != null) {
            uses.add(new ConnectorUse(compiled.source().connectionId(), compiled.source().versionRange()));
        }
        compiled.pipeline().destinations().forEach(d -> uses.add(new ConnectorUse(d.connectionId(), d.versionRange())));
        compiled.pipeline().lookups().forEach(l -> uses.add(new ConnectorUse(l.connectionId(), l.versionRange())));
        for (ConnectorUse use : uses) {
            try {
                environment.binder().bind(use.connectionId(), use.versionRange());
            } catch (ConnectorException e) {
                LOG.info("Run {} waits to resume: {}", run.id(), e.getMessage());
                return false;
            }
        }
        return true;
    }

    private record ConnectorUse(String connectionId, String versionRange) {
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Run supervision failed this time: {}", e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
