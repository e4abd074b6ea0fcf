package io.tributary.api.flow;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.tenancy.Caller;

/** Run history, record outcomes and cancellation. */
@ProviderType
public interface RunService {

    Slice<Run> runs(Caller caller, RunQuery query);

    Run run(Caller caller, String runId);

    /**
     * The outcome of every record of a run, in the order they were read.
     *
     * @param outcome only this outcome, or null for all
     */
    Slice<RecordOutcome> records(Caller caller, String runId, RecordOutcome.Outcome outcome, int limit,
                                 String cursor);

    /**
     * Asks a queued or running run to stop: a queued one is cancelled at once, a running one after the page in
     * flight (whatever that page wrote stays written and counted). 409 when the run already finished.
     */
    Run cancel(Caller caller, String runId);
}
