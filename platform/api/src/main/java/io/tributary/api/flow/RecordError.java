package io.tributary.api.flow;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record that failed in a run.
 *
 * @param id          the error's id
 * @param flowId      the flow
 * @param runId       the run it failed in (the latest one, after retries)
 * @param workspaceId the flow's workspace
 * @param recordKey   the record's key at the source
 * @param record      the record's data as read from the source (or as last edited for a retry)
 * @param step        the step that failed it, e.g. {@code steps[1]:shape} or {@code destinations[0]:warehouse}
 * @param message     why, in words, never with a secret
 * @param retryable   whether the connector said trying again may succeed
 * @param attempts    how many times it was tried, retries included
 * @param status      open, resolved or auto-resolved
 * @param resolvedBy  who resolved it: a username, or {@code run:<id>} for an auto-resolve; null while open
 * @param resolvedAt  when; null while open
 * @param createdAt   when it first failed
 * @param updatedAt   when it last changed
 */
public record RecordError(String id, String flowId, String runId, String workspaceId, String recordKey,
                          ObjectNode record, String step, String message, boolean retryable, int attempts,
                          ErrorStatus status, String resolvedBy, Instant resolvedAt, Instant createdAt,
                          Instant updatedAt) {

    public RecordError {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
