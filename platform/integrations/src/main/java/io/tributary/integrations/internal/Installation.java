package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Workspace;
import io.tributary.integrations.internal.IntegrationRepository.FlowRow;
import io.tributary.store.jdbc.Ids;

/**
 * Installs a version into a tenant, inside the caller's transaction: a workspace, a connection shell per slot and the
 * flows (disabled) in one workspace import, then the rows that remember them.
 */
final class Installation {

    private final Platform platform;
    private final IntegrationRepository repository;
    private final WorkspaceImport imports;

    Installation(Platform platform, IntegrationRepository repository, WorkspaceImport imports) {
        this.platform = platform;
        this.repository = repository;
        this.imports = imports;
    }

    /** @return the new integration's id */
    String install(Caller caller, Releases.Release release, String workspaceName, ObjectNode settings,
            Instant now) {
        Descriptor descriptor = release.descriptor();
        IntegrationRepository.requireFits("settings", settings);
        Map<String, ObjectNode> renderings = Renderings.of(descriptor, settings);
        Workspace workspace = createWorkspace(caller, workspaceName, descriptor);
        WorkspaceImport.Result made = imports.run(caller, workspace.id(), List.copyOf(descriptor.slots().values()),
                release.connectorVersions(), renderings);
        Map<String, SlotState> slots = new LinkedHashMap<>();
        descriptor.slots().values().forEach(slot -> {
            String shell = made.shells().get(slot.name());
            slots.put(slot.name(), new SlotState(shell, shell, slot.title(), slot.connector(),
                    descriptor.connectors().get(slot.connector())));
        });
        StoredIntegration stored = new StoredIntegration(Ids.next("int"), caller.tenantId(), workspace.id(),
                descriptor.id(), descriptor.version(), descriptor.name(), settings, slots, caller.username(), now,
                now);
        repository.insert(stored);
        made.flows().forEach((key, flow) ->
                repository.insertFlow(stored.id(), new FlowRow(key, flow.id(), renderings.get(key))));
        return stored.id();
    }

    /** The named workspace, or one named after the integration, numbered when the name is taken. */
    private Workspace createWorkspace(Caller caller, String workspaceName, Descriptor descriptor) {
        String name = workspaceName;
        if (name == null) {
            Set<String> taken = new HashSet<>();
            platform.tenancy().workspaces(caller).forEach(workspace -> taken.add(workspace.name()));
            name = Names.unique(descriptor.name(), taken);
        }
        try {
            return platform.tenancy().createWorkspace(caller, name, descriptor.summary());
        } catch (ProblemException e) {
            throw Problems.renamed(e, field -> "name".equals(field) ? "workspaceName" : field);
        }
    }
}
