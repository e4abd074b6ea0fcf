package io.tributary.integrations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.marketplace.Integration;
import io.tributary.api.marketplace.IntegrationService;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;

/**
 * Installed integrations: who may do what, each change one transaction that the tenancy and flow services join (they
 * share the store's data source), so that a failure leaves nothing behind.
 */
public class DefaultIntegrationService implements IntegrationService {

    private final Platform platform;
    private final Database database;
    private final Clock clock;
    private final IntegrationRepository repository;
    private final Releases releases;
    private final Installation installation;
    private final Upgrade upgrades;
    private final SlotAssignments assignments;
    private final FlowReconciler reconciler;
    private final Views views;

    DefaultIntegrationService(Platform platform, Database database, Clock clock) {
        this.platform = platform;
        this.database = database;
        this.clock = clock;
        this.repository = new IntegrationRepository(database);
        this.releases = new Releases(platform);
        this.reconciler = new FlowReconciler(platform.flows(), repository);
        WorkspaceImport imports = new WorkspaceImport(platform);
        this.installation = new Installation(platform, repository, imports);
        this.upgrades = new Upgrade(repository, imports, reconciler);
        this.assignments = new SlotAssignments(platform.connections(), platform.flows(), repository);
        this.views = new Views(platform, repository);
    }

    @Override
    public List<Integration> integrations(Caller caller) {
        return repository.listByTenant(caller.tenantId()).stream()
                .filter(stored -> caller.roleIn(stored.workspaceId()).isPresent())
                .map(stored -> views.of(caller, stored))
                .toList();
    }

    @Override
    public Integration install(Caller caller, String listingId, String version, String workspaceName,
            ObjectNode settings) {
        requireTenantAdmin(caller, "install integrations");
        Descriptor descriptor = releases.integration(listingId, version);
        ObjectNode completed = Settings.complete(descriptor.settings(), settings);
        Releases.Release release = releases.withConnectors(descriptor);
        String id = database.transaction(c -> installation.install(caller, release, workspaceName, completed, now()));
        return integration(caller, id);
    }

    @Override
    public Integration integration(Caller caller, String integrationId) {
        return views.of(caller, visible(caller, integrationId));
    }

    @Override
    public Integration setConnections(Caller caller, String integrationId, Map<String, String> connections) {
        StoredIntegration stored = managed(caller, integrationId);
        Map<String, String> wanted = connections == null ? Map.of() : new LinkedHashMap<>(connections);
        database.transaction(c -> {
            repository.update(stored.withSlots(assignments.assign(caller, stored, wanted), now()));
            return null;
        });
        return integration(caller, integrationId);
    }

    @Override
    public Integration setSettings(Caller caller, String integrationId, ObjectNode settings) {
        StoredIntegration stored = managed(caller, integrationId);
        Descriptor descriptor = releases.descriptor(stored.listingId(), stored.version());
        ObjectNode completed = Settings.complete(descriptor.settings(), settings);
        IntegrationRepository.requireFits("settings", completed);
        database.transaction(c -> {
            reconciler.reconcile(caller, stored, Renderings.of(descriptor, completed), stored.connections());
            repository.update(stored.withSettings(completed, now()));
            return null;
        });
        return integration(caller, integrationId);
    }

    @Override
    public Integration upgrade(Caller caller, String integrationId, String version) {
        requireTenantAdmin(caller, "upgrade integrations");
        StoredIntegration stored = visible(caller, integrationId);
        String target = version != null ? version : views.availableUpdate(stored);
        if (target == null) {
            throw Problems.invalid("version", "no version above " + stored.version() + " is available");
        }
        Upgrade.requireHigher(stored.version(), target);
        Descriptor descriptor = releases.integration(stored.listingId(), target);
        ObjectNode settings = Settings.carriedOver(descriptor.settings(), stored.settings());
        Releases.Release release = releases.withConnectors(descriptor);
        database.transaction(c -> {
            upgrades.upgrade(caller, stored, release, settings, now());
            return null;
        });
        return integration(caller, integrationId);
    }

    @Override
    public void uninstall(Caller caller, String integrationId) {
        requireTenantAdmin(caller, "uninstall integrations");
        StoredIntegration stored = visible(caller, integrationId);
        database.transaction(c -> {
            List<String> existing = platform.flows().flows(caller, stored.workspaceId()).stream()
                    .map(Flow::id).toList();
            repository.flows(stored.id()).stream().filter(row -> existing.contains(row.flowId()))
                    .forEach(row -> platform.flows().delete(caller, row.flowId()));
            repository.delete(stored.id());
            return null;
        });
    }

    /** The integration, if it is of the caller's tenant and they see its workspace; 404 otherwise. */
    private StoredIntegration visible(Caller caller, String integrationId) {
        return (integrationId == null ? Optional.<StoredIntegration>empty() : repository.find(integrationId))
                .filter(stored -> stored.tenantId().equals(caller.tenantId()))
                .filter(stored -> caller.roleIn(stored.workspaceId()).isPresent())
                .orElseThrow(() -> Problems.notFound("integration"));
    }

    private StoredIntegration managed(Caller caller, String integrationId) {
        StoredIntegration stored = visible(caller, integrationId);
        WorkspaceRole role = caller.roleIn(stored.workspaceId()).orElseThrow();
        if (!role.allows(WorkspaceRole.MANAGE)) {
            throw Problems.forbidden("Your role in the integration's workspace is " + role + "; this needs MANAGE");
        }
        return stored;
    }

    private static void requireTenantAdmin(Caller caller, String what) {
        if (!caller.tenantRole().isAdmin()) {
            throw Problems.forbidden("Only tenant admins " + what);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
