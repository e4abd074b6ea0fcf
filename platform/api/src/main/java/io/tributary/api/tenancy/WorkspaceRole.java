package io.tributary.api.tenancy;

/** A member's role in a workspace. */
public enum WorkspaceRole {
    /** View, run, retry and resolve. */
    MONITOR,
    /** Everything a monitor may, and create, change and delete flows and connections. */
    MANAGE;

    /** Whether this role may do what {@code needed} is required for. */
    public boolean allows(WorkspaceRole needed) {
        return compareTo(needed) >= 0;
    }
}
