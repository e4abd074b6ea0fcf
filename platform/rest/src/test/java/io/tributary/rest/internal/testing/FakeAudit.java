package io.tributary.rest.internal.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.AuditService;
import io.tributary.api.tenancy.Caller;

/** An audit log in a list; remembers the last query. */
public final class FakeAudit implements AuditService {

    /** The arguments of the last {@link #entries} call. */
    public record Query(String workspaceId, Instant since, int limit) {
    }

    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    public volatile Query lastQuery;

    @Override
    public void record(Caller caller, String workspaceId, String action, String target, ObjectNode before,
                       ObjectNode after) {
        throw new UnsupportedOperationException("services record, the REST layer only reads");
    }

    @Override
    public List<AuditEntry> entries(Caller caller, String workspaceId, Instant since, int limit) {
        lastQuery = new Query(workspaceId, since, limit);
        return entries.stream().limit(limit).toList();
    }
}
