package io.tributary.tenancy.internal.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.connection.ConnectionShells;
import io.tributary.tenancy.internal.data.ConnectionRepository;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/**
 * Exports, clones and imports. Connections travel as shells, their secrets removed, to be completed before use,
 * with their ids so that the other sections (the engine's {@code flows}) can refer to them; each section is exported
 * and imported by the {@link WorkspaceContent} service that owns it. An import is all or nothing, one transaction
 * that those services join; a connection name already in the workspace, or twice in the document, is a 409 naming
 * that connection.
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
    private final Supplier<List<WorkspaceContent>> contents;

    WorkspaceTransfer(Database database, Clock clock, WorkspaceAdministration administration,
            ConnectorRegistry registry, Supplier<List<WorkspaceContent>> contents) {
        this.database = database;
        this.clock = clock;
        this.access = new Access(new WorkspaceRepository(database));
        this.administration = administration;
        this.connections = new ConnectionRepository(database);
        this.documents = new ImportDocument(new ConnectionShells(registry));
        this.audit = new AuditLog(database, clock);
        this.contents = contents;
    }

    ObjectNode export(Caller caller, String workspaceId) {
        Workspace workspace = access.workspace(caller, workspaceId, WorkspaceRole.MONITOR);
        // one snapshot: the sections refer to the connections listed
        return database.transaction(c -> document(workspace));
    }

    private ObjectNode document(Workspace workspace) {
        ObjectNode document = Json.object().put("format", FORMAT);
        document.putObject("workspace").put("name", workspace.name()).put("description", workspace.description());
        ArrayNode list = document.putArray("connections");
        for (Connection stored : connections.listByWorkspace(workspace.id())) {
            ObjectNode entry = list.addObject().put("id", stored.id()).put("name", stored.name());
            entry.putObject("connector").put("id", stored.connectorId()).put("version", stored.connectorVersion());
            entry.set("config", ConnectionShells.fromStored(stored.config()));
        }
        for (WorkspaceContent content : sortedContents()) {
            document.set(content.section(), content.export(workspace.id()));
        }
        return document;
    }

    /** Anyone who sees the source may have it copied, but creating the copy takes a tenant admin. */
    Workspace cloneWorkspace(Caller caller, String workspaceId, String name, boolean sandbox) {
        Workspace source = access.workspace(caller, workspaceId, WorkspaceRole.MONITOR);
        Access.requireTenantAdmin(caller);
        return database.transaction(c -> {
            Workspace copy = administration.insert(caller, name, source.description(), sandbox, "workspace.clone");
            // stored shells, not read back from a document: a clone needs no installed connector
            List<ImportDocument.Shell> shells = connections.listByWorkspace(source.id()).stream()
                    .map(stored -> new ImportDocument.Shell(stored.id(), stored.name(), stored.connectorId(),
                            stored.connectorVersion(), ConnectionShells.fromStored(stored.config())))
                    .toList();
            Map<String, String> connectionIds = insertShells(caller, copy, shells);
            for (WorkspaceContent content : sortedContents()) {
                content.importInto(caller, copy.id(), content.export(source.id()), connectionIds);
            }
            return access.visibleWorkspace(caller, copy.id());
        });
    }

    Workspace importInto(Caller caller, String workspaceId, ObjectNode document) {
        Workspace workspace = access.workspace(caller, workspaceId, WorkspaceRole.MANAGE);
        Map<String, WorkspaceContent> bySection = sortedContents().stream()
                .collect(Collectors.toMap(WorkspaceContent::section, content -> content, (first, second) -> first));
        ImportDocument.Contents contents = documents.read(document, bySection.keySet());
        return database.transaction(c -> {
            requireFreeNames(workspace, contents.shells());
            Map<String, String> connectionIds = insertShells(caller, workspace, contents.shells());
            contents.sections().forEach((section, items) ->
                    bySection.get(section).importInto(caller, workspace.id(), items, connectionIds));
            return access.visibleWorkspace(caller, workspace.id());
        }, () -> Problems.conflict("connections", "a connection name of the document is taken"));
    }

    /** By section, so that documents come out the same whatever order the services arrived in. */
    private List<WorkspaceContent> sortedContents() {
        return contents.get().stream().sorted(Comparator.comparing(WorkspaceContent::section)).toList();
    }

    /** @return the id of each shell in the document to the id of the connection made of it */
    private Map<String, String> insertShells(Caller caller, Workspace workspace, List<ImportDocument.Shell> shells) {
        Map<String, String> connectionIds = new HashMap<>();
        for (ImportDocument.Shell shell : shells) {
            String id = insertShell(caller, workspace, shell);
            if (shell.id() != null) {
                connectionIds.put(shell.id(), id);
            }
        }
        return Map.copyOf(connectionIds);
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

    private String insertShell(Caller caller, Workspace workspace, ImportDocument.Shell shell) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Connection stored = new Connection(Ids.next("cn"), workspace.id(), shell.connectorId(), shell.version(),
                shell.name(), shell.config(), now, now);
        connections.insert(stored);
        audit.write(caller, workspace.tenantId(), workspace.id(), "connection.create", "connection:" + stored.id(),
                null, Summaries.ofStored(stored));
        return stored.id();
    }
}
