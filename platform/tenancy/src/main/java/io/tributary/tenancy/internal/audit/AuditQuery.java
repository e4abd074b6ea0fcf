package io.tributary.tenancy.internal.audit;

import java.time.Instant;
import java.util.List;

/**
 * What part of the audit log to read.
 *
 * @param tenantId         only this tenant's entries; null for every tenant (operators)
 * @param workspaceId      only this workspace's; null for all
 * @param since            only entries at or after; null for all
 * @param memberUserId     for a plain member: their user id, limiting entries to {@code memberWorkspaces} and their
 *                         own token changes; null for no such limit
 * @param memberWorkspaces the member's workspaces
 * @param limit            at most this many
 */
public record AuditQuery(String tenantId, String workspaceId, Instant since, String memberUserId,
                         List<String> memberWorkspaces, int limit) {

    public AuditQuery {
        memberWorkspaces = memberWorkspaces == null ? List.of() : List.copyOf(memberWorkspaces);
    }
}
