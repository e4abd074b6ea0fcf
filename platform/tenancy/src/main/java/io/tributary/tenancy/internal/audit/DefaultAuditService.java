package io.tributary.tenancy.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.AuditService;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/**
 * The audit log for other platform services. {@link #record} joins a tenancy transaction in progress on the thread;
 * otherwise the entry is written on its own.
 */
public class DefaultAuditService implements AuditService {

    static final int MAX_LIMIT = 1000;

    private final AuditLog log;
    private final Access access;

    public DefaultAuditService(Database database, Clock clock) {
        this.log = new AuditLog(database, clock);
        this.access = new Access(new WorkspaceRepository(database));
    }

    @Override
    public void record(Caller caller, String workspaceId, String action, String target, ObjectNode before,
            ObjectNode after) {
        new Violations().requireText("action", action, 100).requireText("target", target, 300).throwIfAny();
        if (workspaceId != null) {
            // whoever changes something in a workspace sees it, which also makes it a workspace of their tenant
            access.visibleWorkspace(caller, workspaceId);
        }
        log.write(caller, caller.tenantId(), workspaceId, action, target, before, after);
    }

    @Override
    public List<AuditEntry> entries(Caller caller, String workspaceId, Instant since, int limit) {
        int boundedLimit = Math.max(1, Math.min(limit, MAX_LIMIT));
        if (workspaceId != null && !caller.operator()) {
            access.workspace(caller, workspaceId, WorkspaceRole.MONITOR);
        }
        return log.entries(queryFor(caller, workspaceId, since, boundedLimit));
    }

    private static AuditQuery queryFor(Caller caller, String workspaceId, Instant since, int limit) {
        if (caller.operator()) {
            return new AuditQuery(null, workspaceId, since, null, null, limit);
        }
        if (caller.tenantRole().isAdmin()) {
            return new AuditQuery(caller.tenantId(), workspaceId, since, null, null, limit);
        }
        List<String> memberWorkspaces = List.copyOf(caller.workspaces().keySet());
        return new AuditQuery(caller.tenantId(), workspaceId, since, caller.userId(), memberWorkspaces, limit);
    }
}
