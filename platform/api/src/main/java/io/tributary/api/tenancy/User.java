package io.tributary.api.tenancy;

import java.time.Instant;

/** A user of one tenant. Passwords never leave the tenancy service. */
public record User(String id, String tenantId, String username, String email, TenantRole tenantRole,
                   boolean operator, Instant createdAt) {
}
