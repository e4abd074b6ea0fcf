package io.tributary.engine.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.flow.RunMode;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.engine.internal.connect.ConnectionOpener;
import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.hook.DefaultHookService;
import io.tributary.engine.internal.hook.HookDrain;
import io.tributary.engine.internal.run.CompiledFlows;
import io.tributary.engine.internal.run.Definitions;
import io.tributary.engine.internal.run.ErrorEvents;
import io.tributary.engine.internal.run.Retries;
import io.tributary.engine.internal.run.RunCoordinator;
import io.tributary.engine.internal.run.RunEnvironment;
import io.tributary.engine.internal.run.RunSupervisor;
import io.tributary.engine.internal.run.Threads;
import io.tributary.engine.internal.schedule.FlowSchedules;
import io.tributary.store.jdbc.Database;

/**
 * The flow engine of one node, free of OSGi: its thread pools, run coordination and supervision, webhook drain
 * and schedules, shared by the services. Stopping it halts the runs it executes without ending them, so that the
 * next start (here or on another node) resumes them.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final long STOP_SECONDS = 10;

    /**
     * What the engine is built from.
     *
     * @param clock   any clock; the engine keeps whole milliseconds of it
     * @param sleeper waits between retries
     */
    public record Parts(Database database, Clock clock, Retries.Sleeper sleeper, ConnectorRegistry registry,
                        ConnectionOpener connections, Workspaces workspaces, Definitions definitions) {
    }

    private final Parts parts;
    private final EngineSettings settings;
    private final Clock clock;
    private final Repositories repositories;
    private final ConnectorBinder binder;
    private final CompiledFlows compiled;
    private final RunEnvironment environment;
    private final ExecutorService workers;
    private final RunCoordinator coordinator;
    private final HookDrain drain;
    private final RunSupervisor supervisor;
    private final FlowSchedules schedules;
    private final DefaultHookService hooks;
    private volatile ErrorEvents events = ErrorEvents.NONE;

    public Engine(Parts parts, EngineSettings settings) {
        this.parts = parts;
        this.settings = settings;
        this.clock = Clock.tick(parts.clock(), Duration.ofMillis(1));
        this.repositories = Repositories.on(parts.database());
        this.binder = new ConnectorBinder(parts.registry(), parts.connections());
        this.compiled = new CompiledFlows(parts.definitions());
        this.environment = new RunEnvironment(repositories, binder, compiled, clock, parts.sleeper(),
                this::post, Executors.newCachedThreadPool(Threads.named("tributary-run-reader")),
                Executors.newFixedThreadPool(settings.transformThreads(), Threads.named("tributary-transform")),
                settings.nodeId());
        this.workers = Executors.newFixedThreadPool(settings.workerThreads(), Threads.named("tributary-run"));
        this.coordinator = new RunCoordinator(environment, workers);
        this.drain = new HookDrain(repositories, coordinator);
        this.supervisor = new RunSupervisor(environment, coordinator, drain::request, settings.heartbeat(),
                settings.staleAfter());
        this.schedules = new FlowSchedules(repositories.flows(), compiled, this::fireSchedule);
        this.hooks = new DefaultHookService(repositories, compiled, binder, drain, clock,
                settings.maxWebhookBacklog());
    }

    /** Resumes what a previous start left (runs, queues, webhook events) and starts supervising. */
    public Engine start() {
        supervisor.start();
        return this;
    }

    private void fireSchedule(String flowId) {
        try {
            repositories.flows().find(flowId).filter(flow -> flow.enabled()).ifPresent(flow -> {
                if (coordinator.start(flow, RunMode.NORMAL, null, "schedule", null).isEmpty()) {
                    LOG.info("Schedule of flow {} skipped: a run of it is in progress", flowId);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Scheduled run of flow {} not started: {}", flowId, e.getMessage(), e);
        }
    }

    private void post(String topic, Map<String, Object> properties) {
        try {
            events.post(topic, properties);
        } catch (RuntimeException e) {
            LOG.warn("Event {} not posted: {}", topic, e.getMessage());
        }
    }

    /** Where error events go from now on; {@link ErrorEvents#NONE} when nobody listens. */
    public void events(ErrorEvents sink) {
        events = sink;
    }

    public Parts parts() {
        return parts;
    }

    public Clock clock() {
        return clock;
    }

    public Repositories repositories() {
        return repositories;
    }

    public ConnectorBinder binder() {
        return binder;
    }

    public CompiledFlows compiled() {
        return compiled;
    }

    public RunEnvironment environment() {
        return environment;
    }

    public RunCoordinator coordinator() {
        return coordinator;
    }

    public FlowSchedules schedules() {
        return schedules;
    }

    public DefaultHookService hooks() {
        return hooks;
    }

    @Override
    public void close() {
        schedules.close();
        supervisor.close();
        drain.close();
        coordinator.haltAll();
        for (ExecutorService pool : List.of(workers, environment.readers(), environment.transformers())) {
            pool.shutdownNow();
        }
        for (ExecutorService pool : List.of(workers, environment.readers(), environment.transformers())) {
            try {
                if (!pool.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("Flow engine threads still busy after {} s; leaving them", STOP_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
