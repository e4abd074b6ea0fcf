package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Version;

import io.tributary.api.flow.Flow;
import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationFlow;
import io.tributary.api.marketplace.IntegrationSlot;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;

/** Installed integrations as the API shows them: slots with whether they are filled, flows as they are now. */
final class Views {

    private final Platform platform;
    private final IntegrationRepository repository;

    Views(Platform platform, IntegrationRepository repository) {
        this.platform = platform;
        this.repository = repository;
    }

    Integration of(Caller caller, StoredIntegration stored) {
        Map<String, Connection> connections = new HashMap<>();
        platform.connections().connections(caller, stored.workspaceId())
                .forEach(connection -> connections.put(connection.id(), connection));
        List<IntegrationSlot> slots = new ArrayList<>();
        stored.slots().forEach((name, slot) -> slots.add(new IntegrationSlot(name, slot.title(), slot.connector(),
                slot.range(), slot.connectionId(), filled(slot, connections.get(slot.connectionId())))));
        Map<String, Flow> flows = new HashMap<>();
        platform.flows().flows(caller, stored.workspaceId()).forEach(flow -> flows.put(flow.id(), flow));
        List<IntegrationFlow> integrationFlows = new ArrayList<>();
        repository.flows(stored.id()).forEach(row -> Optional.ofNullable(flows.get(row.flowId())).ifPresent(flow ->
                integrationFlows.add(new IntegrationFlow(row.templateKey(), flow.id(), flow.name(), flow.enabled()))));
        return new Integration(stored.id(), stored.tenantId(), stored.listingId(), stored.version(),
                stored.workspaceId(), stored.name(), stored.settings().deepCopy(), slots, integrationFlows,
                availableUpdate(stored), stored.installedBy(), stored.installedAt(), stored.updatedAt());
    }

    /** The highest installable version above the installed one in this node's catalog; null without one. */
    String availableUpdate(StoredIntegration stored) {
        Version installed = Version.parseVersion(stored.version());
        return platform.catalog().get()
                .flatMap(catalog -> catalog.versions(stored.listingId()).stream()
                        .filter(version -> version.status().installable())
                        .map(ListingVersion::version)
                        .map(Version::parseVersion)
                        .filter(version -> version.compareTo(installed) > 0)
                        .max(Version::compareTo))
                .map(Version::toString)
                .orElse(null);
    }

    /** A shell is filled once someone saved it; any other connection was chosen on purpose. */
    private static boolean filled(SlotState slot, Connection connection) {
        if (!slot.shell()) {
            return connection != null;
        }
        return connection != null && connection.updatedAt() != null
                && connection.updatedAt().isAfter(connection.createdAt());
    }
}
