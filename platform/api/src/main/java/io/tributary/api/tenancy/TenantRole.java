package io.tributary.api.tenancy;

/** A user's role in their tenant. */
public enum TenantRole {
    /** Created with the tenant; an admin who cannot be demoted by admins. */
    OWNER,
    /** Manages the tenant's users and workspaces, and may act in all its workspaces. */
    ADMIN,
    /** Acts only in the workspaces they are a member of, with that membership's role. */
    MEMBER;

    public boolean isAdmin() {
        return this != MEMBER;
    }
}
