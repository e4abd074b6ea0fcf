package io.tributary.api.tenancy;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The audit log: every change to tenancy, connections and (later) flows. */
@ProviderType
public interface AuditService {

    /**
     * Records a change made by another platform service, e.g. the flow engine.
     *
     * @param workspaceId null for changes outside workspaces
     * @param before      state before, secrets removed; null for a creation
     * @param after       state after, secrets removed; null for a deletion
     */
    void record(Caller caller, String workspaceId, String action, String target, ObjectNode before, ObjectNode after);

    /**
     * Changes the caller may see, newest first: tenant admins see their tenant's, members those of their workspaces,
     * operators every tenant's.
     *
     * @param workspaceId only this workspace's; null for all
     * @param since       only changes at or after; null for all
     * @param limit       at most this many
     */
    List<AuditEntry> entries(Caller caller, String workspaceId, Instant since, int limit);
}
