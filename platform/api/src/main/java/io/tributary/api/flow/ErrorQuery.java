package io.tributary.api.flow;

/**
 * Which errors to list, newest first.
 *
 * @param workspaceId only this workspace's, or null for every workspace the caller sees
 * @param flowId      only this flow's, or null
 * @param runId       only this run's, or null
 * @param status      only errors in this status, or null for all
 * @param limit       the most to return, 1 to 500
 * @param cursor      the {@code next} of the previous slice, or null
 */
public record ErrorQuery(String workspaceId, String flowId, String runId, ErrorStatus status, int limit,
                         String cursor) {
}
