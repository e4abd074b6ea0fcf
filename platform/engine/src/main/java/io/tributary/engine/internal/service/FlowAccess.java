package io.tributary.engine.internal.service;

import java.util.List;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.data.FlowRepository;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.RunRepository;
import io.tributary.engine.internal.data.Scope;
import io.tributary.engine.internal.data.StoredFlow;
import io.tributary.engine.internal.data.StoredRun;

/**
 * Who may do what with flows and what belongs to them (runs, errors): 404 for what the caller may not see (unknown,
 * another tenant's, a workspace without their membership), 403 when their role there is too weak.
 */
final class FlowAccess {

    private final FlowRepository flows;
    private final RunRepository runs;
    private final Workspaces workspaces;

    FlowAccess(Repositories repositories, Workspaces workspaces) {
        this.flows = repositories.flows();
        this.runs = repositories.runs();
        this.workspaces = workspaces;
    }

    /** The flow, if the caller sees it and their role in its workspace allows {@code needed}. */
    StoredFlow flow(Caller caller, String flowId, WorkspaceRole needed) {
        StoredFlow flow = (flowId == null ? null : flows.find(flowId).orElse(null));
        if (flow == null || !sees(caller, flow.tenantId(), flow.workspaceId())) {
            throw Problems.notFound("flow");
        }
        requireRole(caller, flow.workspaceId(), needed);
        return flow;
    }

    /** The run, if the caller sees it and their role in its workspace allows {@code needed}. */
    StoredRun run(Caller caller, String runId, WorkspaceRole needed) {
        StoredRun run = (runId == null ? null : runs.find(runId).orElse(null));
        if (run == null) {
            throw Problems.notFound("run");
        }
        require(caller, run.tenantId(), run.workspaceId(), needed, "run");
        return run;
    }

    /** Throws 404 naming {@code what} unless the caller sees the workspace, 403 unless the role allows. */
    static void require(Caller caller, String tenantId, String workspaceId, WorkspaceRole needed, String what) {
        if (!sees(caller, tenantId, workspaceId)) {
            throw Problems.notFound(what);
        }
        requireRole(caller, workspaceId, needed);
    }

    static boolean sees(Caller caller, String tenantId, String workspaceId) {
        return caller.tenantId().equals(tenantId) && caller.roleIn(workspaceId).isPresent();
    }

    static void requireRole(Caller caller, String workspaceId, WorkspaceRole needed) {
        WorkspaceRole role = caller.roleIn(workspaceId).orElseThrow();
        if (!role.allows(needed)) {
            throw Problems.forbidden("Your role in this workspace is " + role + "; this needs " + needed);
        }
    }

    /** A workspace the caller sees, with a role allowing {@code needed}; 404 from tenancy when not seen. */
    void requireWorkspace(Caller caller, String workspaceId, WorkspaceRole needed) {
        if (workspaceId == null) {
            throw Problems.notFound("workspace");
        }
        workspaces.requireVisible(caller, workspaceId);
        if (caller.roleIn(workspaceId).isEmpty()) {
            throw Problems.notFound("workspace");
        }
        requireRole(caller, workspaceId, needed);
    }

    /** What a listing covers: the asked workspace, else every workspace of the caller's tenant they see. */
    Scope scope(Caller caller, String workspaceId) {
        if (workspaceId != null) {
            requireWorkspace(caller, workspaceId, WorkspaceRole.MONITOR);
            return Scope.workspaces(caller.tenantId(), List.of(workspaceId));
        }
        if (caller.tenantRole().isAdmin()) {
            return Scope.tenant(caller.tenantId());
        }
        return Scope.workspaces(caller.tenantId(), List.copyOf(caller.workspaces().keySet()));
    }
}
