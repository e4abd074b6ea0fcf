package io.tributary.engine.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.data.StoredRun;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Tracer;

/**
 * Executes one run on a worker thread, from its stored position: from the start for a new run, from the cursor
 * after its last committed page for one taken over after a crash. Ends it unless the engine is stopping, in which
 * case the row stays RUNNING for the next start to resume.
 */
final class RunExecution implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);

    private final RunEnvironment environment;
    private final RunCoordinator coordinator;
    private final StoredRun run;
    private final RunControl control;

    RunExecution(RunEnvironment environment, RunCoordinator coordinator, StoredRun run, RunControl control) {
        this.environment = environment;
        this.coordinator = coordinator;
        this.run = run;
        this.control = control;
    }

    @Override
    public void run() {
        try {
            execute();
        } catch (RuntimeException e) {
            if (!control.isHalted()) {
                LOG.error("Run {} of flow {} failed", run.id(), run.flowId(), e);
                coordinator.finishQuietly(run, control, "the run failed inside the engine: " + e.getMessage());
            }
        } finally {
            coordinator.forget(control);
        }
    }

    private void execute() {
        Optional<StoredFlow> flow = environment.repositories().flows().find(run.flowId());
        if (flow.isEmpty() || control.isHalted()) {
            return;
        }
        if (run.sourceDone()) {
            coordinator.finish(run, control, null);
            return;
        }
        CompiledFlow compiled;
        try {
            compiled = environment.compiled().of(flow.get());
        } catch (RuntimeException e) {
            coordinator.finish(run, control, "the flow's definition cannot be compiled: " + e.getMessage());
            return;
        }
        String failure = pump(flow.get(), compiled);
        if (control.isHalted()) {
            return;
        }
        if (compiled.source() == null && (failure != null || control.cancelledBy() != null)) {
            keepUnreadAsErrors(flow.get(), compiled, failure != null ? failure
                    : "the run was cancelled by " + control.cancelledBy() + " before this record");
        }
        coordinator.finish(run, control, failure);
    }

    /**
     * Webhook records exist nowhere else: those a failed or cancelled run did not reach become open errors
     * (retryable once the cause is fixed) instead of being lost. They do not count as read to the end.
     */
    private void keepUnreadAsErrors(StoredFlow flow, CompiledFlow compiled, String why) {
        StoredRun latest = environment.repositories().runs().find(run.id()).orElse(null);
        if (latest == null || latest.sourceDone()) {
            return;
        }
        PageCommit commit = environment.commit();
        long seq = latest.pages();
        try (HookEventSource unread = new HookEventSource(environment.repositories().hooks(), run.id(),
                compiled.settings().pageSize(), latest.cursor())) {
            for (SourcePage page = unread.next(); page != null; page = unread.next()) {
                List<RecordFate> fates = page.records().stream()
                        .map(record -> new RecordFate(record, Outcome.ERROR, "source", why, true)).toList();
                commit.commit(latest, ++seq, fates, new SourcePage(page.records(), page.next(), null, false),
                        PageCommit.Resolution.byRun(run.id()))
                        .post(environment.events(), flow, compiled.subscribers(), run.id(), true);
            }
        }
    }

    /** Reads, transforms, writes and commits every page; returns why the run failed, or null. */
    private String pump(StoredFlow flow, CompiledFlow compiled) {
        Retries retries = new Retries(compiled.settings().retry(), environment.sleeper(), control::shouldStop);
        List<OpenDestination> destinations = new ArrayList<>();
        try (PageSource source = openSource(compiled, retries)) {
            for (DestinationSpec spec : compiled.pipeline().destinations()) {
                destinations.add(OpenDestination.open(environment.binder(), spec, control));
            }
            PageWriter writer = new PageWriter(destinations, retries);
            RunLookups lookups = new RunLookups(environment.binder(), retries, control);
            PageCommit commit = environment.commit();
            long[] seq = {run.pages()};
            try (TrailingCommits commits = new TrailingCommits()) {
                new PagePump(environment.readers(), environment.transformers(), compiled.settings().concurrency(),
                        control::shouldStop).pump(source,
                        records -> compiled.pipeline().route(records, lookups, Tracer.NONE),
                        (page, routed) -> {
                            List<RecordFate> fates = writer.write(routed);
                            long pageSeq = ++seq[0];
                            commits.submit(() -> {
                                // a stopping engine commits nothing more: the page is written again on resume
                                if (!control.isHalted()) {
                                    commit.commit(run, pageSeq, fates, page, PageCommit.Resolution.byRun(run.id()))
                                            .post(environment.events(), flow, compiled.subscribers(), run.id(),
                                                    true);
                                }
                            });
                        });
                commits.awaitPending();
            }
            return null;
        } catch (ConnectorException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            destinations.forEach(OpenDestination::close);
        }
    }

    private PageSource openSource(CompiledFlow compiled, Retries retries) throws ConnectorException {
        int pageSize = compiled.settings().pageSize();
        if (compiled.source() == null) {
            return new HookEventSource(environment.repositories().hooks(), run.id(), pageSize, run.cursor());
        }
        Integer remaining = run.limit() == null ? null : (int) (run.limit() - run.counts().read());
        return ConnectorPageSource.open(environment.binder(), compiled.source(), control, retries, pageSize,
                run.since(), run.cursor(), remaining);
    }
}
