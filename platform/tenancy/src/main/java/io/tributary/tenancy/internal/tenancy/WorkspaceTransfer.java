package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Ids;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.connection.ConnectionShells;
import io.tributary.tenancy.internal.data.ConnectionRepository;
import io.tributary.tenancy.internal.data.WorkspaceRepository;
import io.tributary.tenancy.internal.db.Database;

/**
 * Exports, clones and imports. Connections travel as shells, their secrets removed, to be completed before use.
 * Flows come with the flow engine: exports carry an empty {@code flows} array and imports ignore {@code flows} for
 * now. An import is all or nothing; a connection name already in the workspace, or twice in the document, is a 409
 * naming that connection.
 */
final class WorkspaceTransfer {

    static final String FORMAT = "tributary.workspace/1";

    private final Database database;
    private final Clock clock;
    private final Access access;
    private final WorkspaceAdministration administration;
    private final ConnectionRepository connections;
    private final ImportDocument documents;
    private final AuditLog audit;

    WorkspaceTransfer(Database database, Clock clock, WorkspaceAdministration administration,
            ConnectorRegistry registry) {
        this.database = database;
        this.clock = clock;
        this.access = new Access(new WorkspaceRepository(database));
        this.administration = administration;
        this.connections = new ConnectionRepository(database);
        this.documents = new ImportDocument(new ConnectionShells(registry));
        this.audit = new AuditLog(database, clock);
    }

    ObjectNode export(Caller caller, String workspaceId) {
        Workspace workspace = access.workspace(caller, workspaceId, WorkspaceRole.MONITOR);
        ObjectNode document = Json.object().put("format", FORMAT);
        document.putObject("workspace").put("name", workspace.name()).put("description", workspace.description());
        ArrayNode list = document.putArray("connections");
        for (Connection stored : connections.listByWorkspace(workspace.id())) {
            ObjectNode entry = list.addObject().put("name", stored.name());
            entry.putObject("connector").put("id", stored.connectorId()).put("version", stored.connectorVersion());
            entry.set("config", ConnectionShells.fromStored(stored.config()));
        }
        document.putArray("flows");
        return document;
    }

    /** Anyone who sees the source may have it copied, but creating the copy takes a tenant admin. */
    Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        Workspace source = access.workspace(caller, workspaceId, WorkspaceRole.MONITOR);
        Access.requireTenantAdmin(caller);
        return database.transaction(c -> {
            Workspace copy = administration.insert(caller, name, source.description(), sandbox, "workspace.clone");
            for (Connection stored : connections.listByWorkspace(source.id())) {
                insertShell(caller, copy, new ImportDocument.Shell(stored.name(), stored.connectorId(),
                        stored.connectorVersion(), ConnectionShells.fromStored(stored.config())));
            }
            return access.visibleWorkspace(caller, copy.id());
        });
    }

    Workspace importInto(Caller caller, String workspaceId, ObjectNode document) {
        Workspace workspace = access.workspace(caller, workspaceId, WorkspaceRole.MANAGE);
        List<ImportDocument.Shell> shells = documents.shells(document);
        return database.transaction(c -> {
            requireFreeNames(workspace, shells);
            for (ImportDocument.Shell shell : shells) {
                insertShell(caller, workspace, shell);
            }
            return access.visibleWorkspace(caller, workspace.id());
        }, () -> Problems.conflict("connections", "a connection name of the document is taken"));
    }

    private void requireFreeNames(Workspace workspace, List<ImportDocument.Shell> shells) {
        Set<String> names = new HashSet<>();
        connections.listByWorkspace(workspace.id()).forEach(existing -> names.add(existing.name()));
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            if (!names.add(shells.get(i).name())) {
                clashes.add("connections[" + i + "].name");
            }
        }
        if (!clashes.isEmpty()) {
            throw Problems.conflict(clashes.get(0), "a connection of this name exists in the workspace");
        }
    }

    private void insertShell(Caller caller, Workspace workspace, ImportDocument.Shell shell) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Connection stored = new Connection(Ids.next("cn"), workspace.id(), shell.connectorId(), shell.version(),
                shell.name(), shell.config(), now, now);
        connections.insert(stored);
        audit.write(caller, workspace.tenantId(), workspace.id(), "connection.create", "connection:" + stored.id(),
                null, Summaries.ofStored(stored));
    }
}
