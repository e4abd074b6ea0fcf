package io.tributary.api.tenancy;

import java.time.Instant;

/** An account: the users, workspaces and connections of one customer. */
public record Tenant(String id, String name, Instant createdAt) {
}
