package io.tributary.engine.internal.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.data.StoredRun;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.definition.Settings.Overlap;
import io.tributary.store.jdbc.Ids;

/**
 * Admits runs and ends them. A flow runs once at a time: a run executes only while it holds the flow's slot
 * (flow.active_run_id, taken by a conditional update in the transaction that inserts the run), so racing triggers
 * and nodes cannot both execute it. A trigger that finds the slot taken is skipped or queued, as the flow's
 * {@code overlap} says; a queued run takes the slot when the holder ends.
 */
public final class RunCoordinator {

    /** The most webhook records one run takes; more wait for the next run. */
    public static final int MAX_WEBHOOK_RECORDS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(RunCoordinator.class);

    private final RunEnvironment environment;
    private final Repositories repositories;
    private final ExecutorService workers;
    private final RunEnding ending;
    private final Map<String, RunControl> active = new ConcurrentHashMap<>();
    private volatile Consumer<String> webhookRunEnded = flowId -> { };

    public RunCoordinator(RunEnvironment environment, ExecutorService workers) {
        this.environment = environment;
        this.repositories = environment.repositories();
        this.workers = workers;
        this.ending = new RunEnding(repositories, environment.clock());
    }

    /** Told the flow id when a webhook flow's run ends, so that events that arrived meanwhile get their run. */
    public void onWebhookRunEnded(Consumer<String> listener) {
        webhookRunEnded = listener;
    }

    /**
     * Starts a run now if the flow is idle, else queues it or skips it as the flow's overlap setting says
     * (a schedule firing does not queue a second run behind one already queued).
     *
     * @return the run, running or queued; empty when skipped
     */
    public Optional<StoredRun> start(StoredFlow flow, RunMode mode, Integer limit, String trigger,
            String startedBy) {
        CompiledFlow compiled = environment.compiled().of(flow);
        String runId = Ids.next("run");
        RunControl control = register(runId);
        StoredRun admitted = registered(control, () -> repositories.database().transaction(c -> {
            StoredRun running = claim(flow, compiled, runId, mode, limit, trigger, startedBy);
            if (running != null || compiled.settings().overlap() != Overlap.QUEUE
                    || ("schedule".equals(trigger) && repositories.runs().oldestQueued(flow.id()).isPresent())) {
                return running;
            }
            StoredRun queued = StoredRun.fresh(runId, flow, mode, trigger, RunStatus.QUEUED, startedBy, limit,
                    null, environment.clock().instant(), null);
            repositories.runs().insert(queued);
            return queued;
        }));
        if (admitted == null || admitted.status() != RunStatus.RUNNING) {
            forget(control);
        }
        if (admitted == null) {
            return Optional.empty();
        }
        if (admitted.status() == RunStatus.RUNNING) {
            execute(admitted, control);
        } else {
            // the holder may have ended between our claim and our insert
            promote(flow.id());
        }
        return repositories.runs().find(runId);
    }

    /** Gives a webhook flow's waiting events to a new run, if it has some and is idle. */
    public Optional<StoredRun> drain(StoredFlow flow) {
        CompiledFlow compiled = environment.compiled().of(flow);
        String runId = Ids.next("run");
        RunControl control = register(runId);
        StoredRun running = registered(control, () -> repositories.database().transaction(c ->
                claim(flow, compiled, runId, RunMode.NORMAL, null, "webhook", null)));
        if (running != null) {
            execute(running, control);
        } else {
            forget(control);
        }
        return Optional.ofNullable(running);
    }

    /**
     * Takes the slot and inserts the run as RUNNING, in the caller's transaction; null when the slot is taken, or
     * when a webhook run would find no events.
     */
    private StoredRun claim(StoredFlow flow, CompiledFlow compiled, String runId, RunMode mode, Integer limit,
            String trigger, String startedBy) {
        if (!repositories.flows().claim(flow.id(), runId)) {
            return null;
        }
        if (compiled.source() == null) {
            int max = limit == null ? MAX_WEBHOOK_RECORDS : Math.min(limit, MAX_WEBHOOK_RECORDS);
            if (repositories.hooks().take(flow.id(), runId, max) == 0 && "webhook".equals(trigger)) {
                repositories.flows().release(flow.id(), runId);
                return null;
            }
        }
        StoredRun run = StoredRun.fresh(runId, flow, mode, trigger, RunStatus.RUNNING, startedBy, limit,
                since(flow.id(), compiled), environment.clock().instant(), environment.nodeId());
        repositories.runs().insert(run);
        return run;
    }

    /** A delta run reads after the flow's watermark, read while holding the slot so no run moves it meanwhile. */
    private String since(String flowId, CompiledFlow compiled) {
        if (compiled.source() == null || !compiled.source().delta()) {
            return null;
        }
        return repositories.flows().find(flowId).map(StoredFlow::watermark).orElse(null);
    }

    /** What became of a queued run the flow's slot was offered to. */
    private enum Promotion { STARTED, FLOW_BUSY, NO_LONGER_QUEUED }

    /** Starts the flow's oldest queued run if the flow is idle. */
    public void promote(String flowId) {
        while (true) {
            Optional<StoredRun> queued = repositories.runs().oldestQueued(flowId);
            Optional<StoredFlow> flow = repositories.flows().find(flowId);
            if (queued.isEmpty() || flow.isEmpty()) {
                return;
            }
            CompiledFlow compiled = environment.compiled().of(flow.get());
            String runId = queued.get().id();
            RunControl control = register(runId);
            Promotion promotion = registered(control, () -> repositories.database().transaction(c -> {
                if (!repositories.flows().claim(flowId, runId)) {
                    return Promotion.FLOW_BUSY;
                }
                if (!repositories.runs().start(runId, since(flowId, compiled), environment.nodeId(),
                        environment.clock().instant())) {
                    repositories.flows().release(flowId, runId);
                    return Promotion.NO_LONGER_QUEUED;
                }
                if (compiled.source() == null) {
                    repositories.hooks().take(flowId, runId, MAX_WEBHOOK_RECORDS);
                }
                return Promotion.STARTED;
            }));
            if (promotion == Promotion.STARTED) {
                repositories.runs().find(runId).ifPresent(run -> execute(run, control));
                return;
            }
            forget(control);
            if (promotion == Promotion.FLOW_BUSY) {
                return;
            }
        }
    }

    /** Executes a run this node took over from a node that stopped, from where it was. */
    public void resume(StoredRun run) {
        LOG.info("Resuming run {} of flow {} after {} committed pages", run.id(), run.flowId(), run.pages());
        if ("retry".equals(run.trigger())) {
            finish(run, new RunControl(run.id()), "the node executing the retry stopped");
            return;
        }
        execute(run, register(run.id()));
    }

    /** Hands a run to a worker; its control was registered before the run's row could be seen RUNNING. */
    private void execute(StoredRun run, RunControl control) {
        if (run.cancelRequestedBy() != null) {
            control.cancel(run.cancelRequestedBy());
        }
        try {
            workers.execute(new RunExecution(environment, this, run, control));
        } catch (RejectedExecutionException e) {
            // stopping: the run stays RUNNING and is resumed at the next start
            forget(control);
        }
    }

    /**
     * Registers a run this node is about to execute, before its row says RUNNING here: it is heartbeated, and
     * never mistaken for an orphan to take over.
     */
    public RunControl register(String runId) {
        RunControl control = new RunControl(runId);
        active.put(runId, control);
        return control;
    }

    /** Runs the admission of a registered run; forgets the registration when admission fails. */
    private <T> T registered(RunControl control, Supplier<T> admission) {
        try {
            return admission.get();
        } catch (RuntimeException e) {
            forget(control);
            throw e;
        }
    }

    public void forget(RunControl control) {
        active.remove(control.runId(), control);
    }

    public Optional<RunControl> control(String runId) {
        return Optional.ofNullable(active.get(runId));
    }

    public List<String> activeRunIds() {
        return List.copyOf(active.keySet());
    }

    /** Ends a run as {@link RunEnding} decides; then the flow's next queued run or waiting events may start. */
    public void finish(StoredRun run, RunControl control, String failure) {
        Optional<StoredFlow> flow = repositories.flows().find(run.flowId());
        if (ending.end(run.id(), control.cancelledBy(), failure) && flow.isPresent()) {
            promote(run.flowId());
            if ("webhook".equals(flow.get().triggerType())) {
                webhookRunEnded.accept(run.flowId());
            }
        }
    }

    /** Like {@link #finish}, for when the engine itself failed: logs instead of throwing again. */
    public void finishQuietly(StoredRun run, RunControl control, String failure) {
        try {
            finish(run, control, failure);
        } catch (RuntimeException e) {
            LOG.error("Run {} could not be marked failed; it is resumed when its heartbeat is stale", run.id(), e);
        }
    }

    /** Halts every run this node executes, leaving them RUNNING for the next start to resume. */
    public void haltAll() {
        active.values().forEach(RunControl::halt);
    }
}
