package io.tributary.api.tenancy;

/** One user's role in one workspace. */
public record Membership(String workspaceId, String workspaceName, String userId, String username, WorkspaceRole role) {
}
