package io.tributary.api.tenancy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tenants (operators only), users (tenant admins), workspaces and their members, clones, export and import.
 * Lists contain only what the caller may see.
 */
@ProviderType
public interface TenancyService {

    List<Tenant> tenants(Caller caller);

    /** Creates a tenant with its owner, who can then sign in. */
    Tenant createTenant(Caller caller, String name, UserDraft owner);

    Tenant tenant(Caller caller, String tenantId);

    List<User> users(Caller caller);

    User createUser(Caller caller, UserDraft user);

    User user(Caller caller, String userId);

    User updateUser(Caller caller, String userId, UserDraft changes);

    void deleteUser(Caller caller, String userId);

    List<Workspace> workspaces(Caller caller);

    Workspace createWorkspace(Caller caller, String name, String description);

    Workspace workspace(Caller caller, String workspaceId);

    Workspace updateWorkspace(Caller caller, String workspaceId, String name, String description);

    /** Deletes a workspace with its connections (and, once they exist, flows). */
    void deleteWorkspace(Caller caller, String workspaceId);

    Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role);

    void removeMember(Caller caller, String workspaceId, String userId);

    /** A new workspace with copies of the flows and connection shells (configuration without secrets). */
    Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox);

    /** One JSON document with the workspace's flows and connection shells, without secrets. */
    ObjectNode exportWorkspace(Caller caller, String workspaceId);

    /** Adds the flows and connection shells of an exported document to a workspace. */
    Workspace importWorkspace(Caller caller, String workspaceId, ObjectNode document);
}
