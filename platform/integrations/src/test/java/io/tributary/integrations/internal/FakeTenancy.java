package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Tenant;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.UserDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/**
 * Workspaces in the real {@code workspace} table, joining the caller's transaction as the tenancy service does;
 * imports as the tenancy service documents them: connection shells first, then the flows, their connection ids
 * mapped to the new shells, each created disabled. Records the documents it imported.
 */
final class FakeTenancy implements TenancyService {

    final List<ObjectNode> imported = new ArrayList<>();

    private final Database database;
    private final FakeConnections connections;
    private final FakeFlows flows;
    private int created;

    FakeTenancy(Database database, FakeConnections connections, FakeFlows flows) {
        this.database = database;
        this.connections = connections;
        this.flows = flows;
    }

    @Override
    public Workspace createWorkspace(Caller caller, String name, String description) {
        if (!caller.tenantRole().isAdmin()) {
            throw Problems.forbidden("tenant admins only");
        }
        if (workspaces(caller).stream().anyMatch(workspace -> workspace.name().equals(name))) {
            throw Problems.conflict("name", "a workspace of this name exists in the tenant");
        }
        Workspace workspace = new Workspace("ws_" + ++created, caller.tenantId(), name, description, false,
                List.of(), Instant.parse("2026-01-01T00:00:00Z"));
        database.transaction(c -> Jdbc.update(c, "INSERT INTO workspace (id, tenant_id, name, description, sandbox,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", workspace.id(), workspace.tenantId(), workspace.name(),
                Jdbc.orNull(description), false, workspace.createdAt()));
        return workspace;
    }

    @Override
    public List<Workspace> workspaces(Caller caller) {
        return database.transaction(c -> Jdbc.list(c, "SELECT id, name FROM workspace WHERE tenant_id = ?",
                row -> new Workspace(row.getString("id"), caller.tenantId(), row.getString("name"), null, false,
                        List.of(), Instant.EPOCH), caller.tenantId()));
    }

    @Override
    public Workspace importWorkspace(Caller caller, String workspaceId, ObjectNode document) {
        Workspace workspace = workspaces(caller).stream().filter(found -> found.id().equals(workspaceId))
                .findFirst().orElseThrow(() -> Problems.notFound("workspace"));
        imported.add(document.deepCopy());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode shell : document.path("connections")) {
            ids.put(shell.path("id").asText(), connections.add(workspaceId, shell.path("name").asText(),
                    shell.at("/connector/id").asText(), shell.at("/connector/version").asText()).id());
        }
        for (int i = 0; i < document.path("flows").size(); i++) {
            ObjectNode flow = document.path("flows").get(i).deepCopy();
            flow.put("enabled", false);
            mapConnections(flow, ids);
            try {
                flows.create(caller, workspaceId, flow);
            } catch (ProblemException e) {
                String prefix = "flows[" + i + "].";
                throw Problems.renamed(e, field -> prefix + field);
            }
        }
        return workspace;
    }

    private static void mapConnections(JsonNode node, Map<String, String> ids) {
        if (node instanceof ObjectNode object && object.path("connection").isTextual()) {
            object.put("connection", ids.getOrDefault(object.get("connection").asText(), "unknown"));
        }
        node.forEach(child -> mapConnections(child, ids));
    }

    @Override
    public List<Tenant> tenants(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Tenant createTenant(Caller caller, String name, UserDraft owner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Tenant tenant(Caller caller, String tenantId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<User> users(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public User createUser(Caller caller, UserDraft user) {
        throw new UnsupportedOperationException();
    }

    @Override
    public User user(Caller caller, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public User updateUser(Caller caller, String userId, UserDraft changes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteUser(Caller caller, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace workspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace updateWorkspace(Caller caller, String workspaceId, String name, String description) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteWorkspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Membership putMember(Caller caller, String workspaceId, String userId, WorkspaceRole role) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeMember(Caller caller, String workspaceId, String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectNode exportWorkspace(Caller caller, String workspaceId) {
        throw new UnsupportedOperationException();
    }
}
