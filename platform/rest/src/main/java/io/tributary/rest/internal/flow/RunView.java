package io.tributary.rest.internal.flow;

import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunCounts;

/**
 * A run as the API shows it: mode and status in lower case, and how long it took.
 *
 * @param durationMillis from start to end of a finished run; null before it ended, or when it never started
 */
@Schema(name = "Run")
public record RunView(String id, String flowId, String workspaceId,
                      @Schema(allowableValues = {"normal", "test"}) String mode,
                      @Schema(allowableValues = {"manual", "schedule", "webhook", "retry", "resume"}) String trigger,
                      @Schema(allowableValues = {"queued", "running", "succeeded", "partial", "failed", "cancelled"})
                      String status,
                      @Schema(description = "null for a schedule or webhook") String startedBy,
                      @Schema(description = "test runs: the most records read") Integer limit,
                      RunCounts counts, long pages, String message, Instant createdAt, Instant startedAt,
                      Instant endedAt, Long durationMillis) {

    static RunView of(Run run) {
        Long duration = run.startedAt() == null || run.endedAt() == null ? null
                : Duration.between(run.startedAt(), run.endedAt()).toMillis();
        return new RunView(run.id(), run.flowId(), run.workspaceId(), run.mode().jsonName(), run.trigger(),
                run.status().jsonName(), run.startedBy(), run.limit(), run.counts(), run.pages(), run.message(),
                run.createdAt(), run.startedAt(), run.endedAt(), duration);
    }
}
