package io.tributary.engine.internal.data;

import java.time.Instant;

import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunStatus;

/**
 * A flow_run row: the API's {@link Run} plus the position a run resumes from.
 *
 * @param since             the flow's watermark when the run started: a delta run reads what changed after it
 * @param cursor            the source cursor after the last committed page; null before the first
 * @param watermark         the highest watermark of the committed pages
 * @param sourceDone        whether the last page of the source is committed
 * @param cancelRequestedBy who asked a running run to stop, or null
 * @param nodeId            the node executing it
 * @param heartbeatAt       when that node last said it still executes it
 */
public record StoredRun(String id, String flowId, String tenantId, String workspaceId, RunMode mode, String trigger,
                        RunStatus status, String startedBy, Integer limit, String since, String cursor,
                        String watermark, boolean sourceDone, RunCounts counts, long pages, String message,
                        String cancelRequestedBy, Instant createdAt, Instant startedAt, Instant endedAt,
                        String nodeId, Instant heartbeatAt) {

    public Run toRun() {
        return new Run(id, flowId, workspaceId, mode, trigger, status, startedBy, limit, counts, pages, message,
                createdAt, startedAt, endedAt);
    }

    /** A run that has not committed anything yet. */
    public static StoredRun fresh(String id, StoredFlow flow, RunMode mode, String trigger, RunStatus status,
            String startedBy, Integer limit, String since, Instant now, String nodeId) {
        boolean running = status == RunStatus.RUNNING;
        return new StoredRun(id, flow.id(), flow.tenantId(), flow.workspaceId(), mode, trigger, status, startedBy,
                limit, since, null, null, false, RunCounts.ZERO, 0, null, null, now, running ? now : null, null,
                running ? nodeId : null, running ? now : null);
    }
}
