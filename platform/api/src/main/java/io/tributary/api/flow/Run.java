package io.tributary.api.flow;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a flow: its history row.
 *
 * @param id          the run's id
 * @param flowId      the flow
 * @param workspaceId the flow's workspace
 * @param mode        normal or test
 * @param trigger     what started it: {@code manual}, {@code schedule}, {@code webhook}, {@code retry} or
 *                    {@code resume} (taken over after a restart)
 * @param status      where it is
 * @param startedBy   the user who started it, or null for a schedule or webhook
 * @param limit       for a test run, the most records it reads; null otherwise
 * @param counts      record outcomes so far
 * @param pages       pages committed so far
 * @param message     why it failed or was cancelled, or null
 * @param createdAt   when it was triggered
 * @param startedAt   when it started running; null while queued
 * @param endedAt     when it finished; null while not finished
 */
public record Run(String id, String flowId, String workspaceId, RunMode mode, String trigger, RunStatus status,
                  String startedBy, Integer limit, RunCounts counts, long pages, String message, Instant createdAt,
                  Instant startedAt, Instant endedAt) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }
}
