package io.tributary.api.tenancy;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change: who did what to which thing, when, with a summary of the state before and after (never secrets).
 *
 * @param action e.g. {@code connection.update}, {@code workspace.member.put}, {@code token.revoke}
 * @param target the kind and id of what changed, e.g. {@code connection:c-12}
 */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String tenantId, String workspaceId,
                         String action, String target, ObjectNode before, ObjectNode after) {
}
