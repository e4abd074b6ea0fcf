package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of {@code integration}; {@code slots} in the descriptor's order. */
record StoredIntegration(String id, String tenantId, String workspaceId, String listingId, String version,
                         String name, ObjectNode settings, Map<String, SlotState> slots, String installedBy,
                         Instant installedAt, Instant updatedAt) {

    StoredIntegration {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    /** Slot name to the connection its flows use. */
    Map<String, String> connections() {
        Map<String, String> connections = new LinkedHashMap<>();
        slots.forEach((name, slot) -> connections.put(name, slot.connectionId()));
        return connections;
    }

    StoredIntegration withSlots(Map<String, SlotState> newSlots, Instant now) {
        return new StoredIntegration(id, tenantId, workspaceId, listingId, version, name, settings, newSlots,
                installedBy, installedAt, now);
    }

    StoredIntegration withSettings(ObjectNode newSettings, Instant now) {
        return new StoredIntegration(id, tenantId, workspaceId, listingId, version, name, newSettings, slots,
                installedBy, installedAt, now);
    }

    StoredIntegration withVersion(Descriptor descriptor, ObjectNode newSettings, Map<String, SlotState> newSlots,
            Instant now) {
        return new StoredIntegration(id, tenantId, workspaceId, listingId, descriptor.version(), descriptor.name(),
                newSettings, newSlots, installedBy, installedAt, now);
    }
}
