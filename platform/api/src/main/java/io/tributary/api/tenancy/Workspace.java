package io.tributary.api.tenancy;

import java.time.Instant;
import java.util.List;

/** A workspace (a Celigo "tile"): flows, connections and the people working on them. */
public record Workspace(String id, String tenantId, String name, String description, boolean sandbox,
                        List<Membership> members, Instant createdAt) {

    public Workspace {
        members = List.copyOf(members);
    }
}
