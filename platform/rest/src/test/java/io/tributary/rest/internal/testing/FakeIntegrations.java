package io.tributary.rest.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationFlow;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.marketplace.IntegrationSlot;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * Installed integrations in a map: each has the slots {@code source} (postgresql) and {@code target} (mariadb) and
 * one disabled flow; mapping an unknown slot is a 422 naming it. Authorizes nothing but records what it was asked.
 */
public final class FakeIntegrations implements IntegrationService {

    public final Map<String, Integration> integrations = new ConcurrentHashMap<>();
    public volatile Caller lastCaller;
    public volatile String lastVersion;
    public volatile String lastWorkspaceName;
    public volatile ObjectNode lastSettings;
    public volatile Map<String, String> lastConnections;
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public List<Integration> integrations(Caller caller) {
        lastCaller = caller;
        return List.copyOf(integrations.values());
    }

    @Override
    public Integration install(Caller caller, String listingId, String version, String workspaceName,
                               ObjectNode settings) {
        lastCaller = caller;
        lastVersion = version;
        lastWorkspaceName = workspaceName;
        lastSettings = settings;
        String id = "i-" + ids.incrementAndGet();
        Integration integration = new Integration(id, caller.tenantId(), listingId, version == null ? "2.0.0" : version,
                "w-" + id, workspaceName == null ? "Sync " + id : workspaceName,
                settings == null ? JsonNodeFactory.instance.objectNode().put("table", "orders") : settings,
                List.of(slot("source", "postgresql", null), slot("target", "mariadb", null)),
                List.of(new IntegrationFlow("sync", "f-" + id, "Sync orders", false)), null, caller.username(),
                FakeIdentity.NOW, FakeIdentity.NOW);
        integrations.put(id, integration);
        return integration;
    }

    @Override
    public Integration integration(Caller caller, String integrationId) {
        lastCaller = caller;
        Integration integration = integrations.get(integrationId);
        if (integration == null) {
            throw new ProblemException(Problem.of(404, "Not Found", "No integration " + integrationId + "."));
        }
        return integration;
    }

    @Override
    public Integration setConnections(Caller caller, String integrationId, Map<String, String> connections) {
        Integration integration = integration(caller, integrationId);
        lastConnections = connections;
        List<FieldError> unknown = new ArrayList<>();
        connections.keySet().stream().filter(slot -> integration.slots().stream().noneMatch(s -> s.name().equals(slot)))
                .forEach(slot -> unknown.add(new FieldError(slot, "is not a slot of this integration")));
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.invalid("The connections do not fit.", unknown));
        }
        List<IntegrationSlot> slots = integration.slots().stream()
                .map(slot -> connections.containsKey(slot.name())
                        ? slot(slot.name(), slot.connectorId(), connections.get(slot.name())) : slot).toList();
        return save(integration, integration.version(), integration.settings(), slots);
    }

    @Override
    public Integration setSettings(Caller caller, String integrationId, ObjectNode settings) {
        Integration integration = integration(caller, integrationId);
        lastSettings = settings;
        return save(integration, integration.version(), settings, integration.slots());
    }

    @Override
    public Integration upgrade(Caller caller, String integrationId, String version) {
        Integration integration = integration(caller, integrationId);
        lastVersion = version;
        return save(integration, version == null ? "3.0.0" : version, integration.settings(), integration.slots());
    }

    @Override
    public void uninstall(Caller caller, String integrationId) {
        integrations.remove(integration(caller, integrationId).id());
    }

    private Integration save(Integration integration, String version, ObjectNode settings,
                             List<IntegrationSlot> slots) {
        Integration changed = new Integration(integration.id(), integration.tenantId(), integration.listingId(),
                version, integration.workspaceId(), integration.name(), settings, slots, integration.flows(), null,
                integration.installedBy(), integration.installedAt(), FakeIdentity.NOW.plusSeconds(60));
        integrations.put(changed.id(), changed);
        return changed;
    }

    private static IntegrationSlot slot(String name, String connectorId, String connectionId) {
        return new IntegrationSlot(name, "The " + name + " database", connectorId, "[1.0,2)",
                connectionId == null ? "c-shell-" + name : connectionId, connectionId != null);
    }
}
