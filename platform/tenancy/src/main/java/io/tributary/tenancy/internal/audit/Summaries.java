package io.tributary.tenancy.internal.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.ApiToken;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.Workspace;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.connection.Envelopes;

/** The before/after states the audit log keeps: enough to see what changed, never passwords or secrets. */
public final class Summaries {

    private Summaries() {
    }

    public static ObjectNode of(Tenant tenant) {
        return Json.object().put("id", tenant.id()).put("name", tenant.name());
    }

    /** A user without their password hash. */
    public static ObjectNode of(User user) {
        return Json.object().put("id", user.id()).put("username", user.username()).put("email", user.email())
                .put("tenantRole", user.tenantRole().name()).put("operator", user.operator());
    }

    public static ObjectNode of(Workspace workspace) {
        return Json.object().put("id", workspace.id()).put("name", workspace.name())
                .put("description", workspace.description()).put("sandbox", workspace.sandbox());
    }

    public static ObjectNode of(Membership membership) {
        return Json.object().put("workspaceId", membership.workspaceId()).put("userId", membership.userId())
                .put("username", membership.username()).put("role", membership.role().name());
    }

    /** An API token without its secret, which is not even known here. */
    public static ObjectNode of(ApiToken token, String userId) {
        return Json.object().put("id", token.id()).put("name", token.name()).put("userId", userId)
                .put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
    }

    /** A connection in its stored form, its encrypted secrets masked. */
    public static ObjectNode ofStored(Connection stored) {
        ObjectNode summary = Json.object().put("id", stored.id()).put("workspaceId", stored.workspaceId())
                .put("name", stored.name());
        summary.putObject("connector").put("id", stored.connectorId()).put("version", stored.connectorVersion());
        summary.set("config", Envelopes.mask(stored.config()));
        return summary;
    }
}
