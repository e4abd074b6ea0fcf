package io.tributary.engine.internal.service;

import java.util.ArrayList;
import java.util.List;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Record;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.tenancy.Caller;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.data.StoredRun;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Routed;
import io.tributary.engine.internal.pipeline.Tracer;
import io.tributary.engine.internal.run.OpenDestination;
import io.tributary.engine.internal.run.PageCommit;
import io.tributary.engine.internal.run.PageWriter;
import io.tributary.engine.internal.run.RecordFate;
import io.tributary.engine.internal.run.Retries;
import io.tributary.engine.internal.run.RunControl;
import io.tributary.engine.internal.run.RunLookups;
import io.tributary.engine.internal.run.SourcePage;
import io.tributary.store.jdbc.Ids;

/**
 * Sends errors' records through the flow's current steps and destinations again, on the caller's thread, in a run
 * with trigger {@code retry} so that retries show in the history and the statistics. A success resolves the error
 * in the caller's name; a failure leaves it open with one more attempt and the new message.
 */
final class ErrorRetrier {

    private final Engine engine;
    private final Repositories repositories;

    ErrorRetrier(Engine engine) {
        this.engine = engine;
        this.repositories = engine.repositories();
    }

    /** Retries open errors of one flow; returns them as they are afterwards. */
    List<RecordError> retry(Caller caller, StoredFlow flow, List<RecordError> errors) {
        CompiledFlow compiled = engine.compiled().of(flow);
        StoredRun run = StoredRun.fresh(Ids.next("run"), flow, RunMode.NORMAL, "retry", RunStatus.RUNNING,
                caller.username(), null, null, engine.clock().instant(), engine.environment().nodeId());
        RunControl control = engine.coordinator().register(run.id());
        try {
            repositories.runs().insert(run);
            execute(caller, flow, compiled, run, control, errors.stream()
                    .map(error -> new Record(error.recordKey(), error.record())).toList());
            engine.coordinator().finish(run, control, null);
        } catch (RuntimeException e) {
            engine.coordinator().finishQuietly(run, control, "the retry failed inside the engine: " + e.getMessage());
            throw e;
        } finally {
            engine.coordinator().forget(control);
        }
        return errors.stream().map(error -> repositories.errors().find(error.id()).orElseThrow().error()).toList();
    }

    private void execute(Caller caller, StoredFlow flow, CompiledFlow compiled, StoredRun run, RunControl control,
            List<Record> records) {
        Retries retries = new Retries(compiled.settings().retry(), engine.parts().sleeper(), control::shouldStop);
        PageCommit commit = engine.environment().commit();
        PageCommit.Resolution resolution = new PageCommit.Resolution(ErrorStatus.RESOLVED, caller.username());
        List<OpenDestination> destinations = new ArrayList<>();
        try {
            String failure = open(compiled, control, destinations);
            PageWriter writer = new PageWriter(destinations, retries);
            RunLookups lookups = new RunLookups(engine.binder(), retries, control);
            int pageSize = compiled.settings().pageSize();
            long seq = 0;
            for (int from = 0; from < records.size(); from += pageSize) {
                List<Record> page = records.subList(from, Math.min(records.size(), from + pageSize));
                List<RecordFate> fates = failure != null
                        ? page.stream().map(record -> new RecordFate(record, Outcome.ERROR, "destinations", failure,
                                true)).toList()
                        : writer.write(route(compiled, page, lookups));
                boolean last = from + pageSize >= records.size();
                commit.commit(run, ++seq, fates, new SourcePage(page, null, null, last), resolution)
                        .post(engine.environment().events(), flow, compiled.subscribers(), run.id(), false);
            }
        } finally {
            destinations.forEach(OpenDestination::close);
        }
    }

    /** Opens the destinations; returns why they cannot be opened, or null. */
    private String open(CompiledFlow compiled, RunControl control, List<OpenDestination> destinations) {
        try {
            for (DestinationSpec spec : compiled.pipeline().destinations()) {
                destinations.add(OpenDestination.open(engine.binder(), spec, control));
            }
            return null;
        } catch (ConnectorException e) {
            return e.getMessage();
        }
    }

    private static List<Routed> route(CompiledFlow compiled, List<Record> page, RunLookups lookups) {
        return compiled.pipeline().route(page, lookups, Tracer.NONE);
    }
}
