package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;

/**
 * Moves an installed integration to a higher version, inside the caller's transaction: shells for new slots, slots
 * that are gone dropped (their connections stay), flows merged with the new templates.
 */
final class Upgrade {

    private final IntegrationRepository repository;
    private final WorkspaceImport imports;
    private final FlowReconciler reconciler;

    Upgrade(IntegrationRepository repository, WorkspaceImport imports, FlowReconciler reconciler) {
        this.repository = repository;
        this.imports = imports;
        this.reconciler = reconciler;
    }

    /** @throws io.tributary.api.problem.ProblemException 422 on {@code version} unless it is above the installed */
    static void requireHigher(String installed, String target) {
        Version wanted;
        try {
            wanted = Version.parseVersion(target);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("version", "must be a version such as 1.2.0");
        }
        if (wanted.compareTo(Version.parseVersion(installed)) <= 0) {
            throw Problems.invalid("version", "must be above the installed version " + installed);
        }
    }

    /** @param settings the installed settings completed with the new version's defaults, valid */
    void upgrade(Caller caller, StoredIntegration stored, Releases.Release release, ObjectNode settings,
            Instant now) {
        Descriptor descriptor = release.descriptor();
        IntegrationRepository.requireFits("settings", settings);
        Map<String, ObjectNode> renderings = Renderings.of(descriptor, settings);
        List<Descriptor.Slot> added = descriptor.slots().values().stream()
                .filter(slot -> !stored.slots().containsKey(slot.name())).toList();
        Map<String, String> shells = added.isEmpty() ? Map.of()
                : imports.run(caller, stored.workspaceId(), added, release.connectorVersions(), Map.of()).shells();
        Map<String, SlotState> slots = new LinkedHashMap<>();
        descriptor.slots().values().forEach(slot -> {
            String range = descriptor.connectors().get(slot.connector());
            SlotState existing = stored.slots().get(slot.name());
            slots.put(slot.name(), existing != null ? existing.describedBy(slot, range)
                    : new SlotState(shells.get(slot.name()), shells.get(slot.name()), slot.title(),
                            slot.connector(), range));
        });
        StoredIntegration upgraded = stored.withVersion(descriptor, settings, slots, now);
        reconciler.reconcile(caller, stored, renderings, upgraded.connections());
        repository.update(upgraded);
    }
}
