package io.tributary.rest.internal.flow;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.RecordError;

/** A record that failed in a run, as the API shows it: the status as {@code open}, {@code auto-resolved}... */
@Schema(name = "RecordError")
public record ErrorView(String id, String flowId, String runId, String workspaceId, String recordKey,
                        ObjectNode record,
                        @Schema(example = "destinations[0]:warehouse") String step,
                        String message, boolean retryable, int attempts,
                        @Schema(allowableValues = {"open", "resolved", "auto-resolved"}) String status,
                        @Schema(description = "a username, or run:<id> for an auto-resolve") String resolvedBy,
                        Instant resolvedAt, Instant createdAt, Instant updatedAt) {

    static ErrorView of(RecordError error) {
        return new ErrorView(error.id(), error.flowId(), error.runId(), error.workspaceId(), error.recordKey(),
                error.record(), error.step(), error.message(), error.retryable(), error.attempts(),
                error.status().jsonName(), error.resolvedBy(), error.resolvedAt(), error.createdAt(),
                error.updatedAt());
    }
}
