package io.tributary.api.flow;

/**
 * Which runs to list, newest first.
 *
 * @param workspaceId only this workspace's, or null for every workspace the caller sees
 * @param flowId      only this flow's, or null
 * @param status      only runs in this status, or null
 * @param limit       the most to return, 1 to 500
 * @param cursor      the {@code next} of the previous slice, or null
 */
public record RunQuery(String workspaceId, String flowId, RunStatus status, int limit, String cursor) {
}
