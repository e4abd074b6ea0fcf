package io.tributary.engine.internal.data;

import java.util.ArrayList;
import java.util.List;

import io.tributary.store.jdbc.Jdbc;

/**
 * What part of a tenant a listing covers: every workspace of it (tenant admins), or some workspaces (a member's, or
 * the one asked for). Tables listed through it carry tenant_id and workspace_id.
 *
 * @param workspaceIds the workspaces, or null for the whole tenant
 */
public record Scope(String tenantId, List<String> workspaceIds) {

    public Scope {
        workspaceIds = workspaceIds == null ? null : List.copyOf(workspaceIds);
    }

    public static Scope tenant(String tenantId) {
        return new Scope(tenantId, null);
    }

    public static Scope workspaces(String tenantId, List<String> workspaceIds) {
        return new Scope(tenantId, workspaceIds);
    }

    /** Whether nothing can match: a member of no workspace. */
    public boolean isEmpty() {
        return workspaceIds != null && workspaceIds.isEmpty();
    }

    /** The condition, with {@link #params()} to bind in order. */
    public String where() {
        return workspaceIds == null ? "tenant_id = ?"
                : "tenant_id = ? AND workspace_id IN (" + Jdbc.placeholders(workspaceIds.size()) + ")";
    }

    public List<Object> params() {
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        if (workspaceIds != null) {
            params.addAll(workspaceIds);
        }
        return params;
    }
}
