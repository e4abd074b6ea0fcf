package io.tributary.engine.internal.run;

import java.time.Clock;
import java.util.Optional;

import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredRun;

/**
 * Writes a run's final status, deciding it from what was committed: CANCELLED if a user asked before the source
 * was read to its end, else FAILED with the failure, else SUCCEEDED or PARTIAL by its errors. Only a normal run
 * that read its source to the end moves the flow's watermark, in the transaction that frees the flow's slot; the
 * webhook events the run took are deleted there too, as their records are the run's outcomes now.
 */
final class RunEnding {

    private final Repositories repositories;
    private final Clock clock;

    RunEnding(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /**
     * @param cancelledBy who cancelled it on this node, or null (a cancellation asked elsewhere is in the row)
     * @param failure     why it failed, or null
     * @return false when it had already ended (or its flow is gone)
     */
    boolean end(String runId, String cancelledBy, String failure) {
        return repositories.database().transaction(c -> {
            Optional<StoredRun> latest = repositories.runs().find(runId);
            if (latest.isEmpty() || latest.get().status().isFinished()) {
                return false;
            }
            StoredRun run = latest.get();
            String cancelled = cancelledBy != null ? cancelledBy : run.cancelRequestedBy();
            RunStatus status;
            String message = null;
            if (cancelled != null && (failure != null || !run.sourceDone())) {
                status = RunStatus.CANCELLED;
                message = "cancelled by " + cancelled;
            } else if (failure != null || !run.sourceDone()) {
                status = RunStatus.FAILED;
                message = failure != null ? failure : "the run stopped before the end of its source";
            } else {
                status = run.counts().errors() > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
            }
            repositories.runs().finish(runId, status, message, clock.instant());
            if ((status == RunStatus.SUCCEEDED || status == RunStatus.PARTIAL) && run.mode() == RunMode.NORMAL
                    && run.watermark() != null) {
                repositories.flows().advanceWatermark(run.flowId(), run.watermark());
            }
            repositories.hooks().deleteOfRun(runId);
            repositories.flows().release(run.flowId(), runId);
            return true;
        });
    }
}
