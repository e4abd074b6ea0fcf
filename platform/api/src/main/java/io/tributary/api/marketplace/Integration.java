package io.tributary.api.marketplace;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A prebuilt integration installed into a tenant: its own workspace, the connections it needs (slots) and the flows
 * made from its templates.
 *
 * @param id              the installation's id
 * @param tenantId        the tenant
 * @param listingId       the integration's listing
 * @param version         the installed version
 * @param workspaceId     the workspace holding its connections and flows
 * @param name            the integration's name
 * @param settings        the settings, valid against the version's settings schema, defaults filled in
 * @param slots           its connection slots
 * @param flows           its flows
 * @param availableUpdate the highest installable version above it, or null
 * @param installedBy     who installed it
 * @param installedAt     when
 * @param updatedAt       last change of its settings, slots or version
 */
public record Integration(String id, String tenantId, String listingId, String version, String workspaceId,
                          String name, ObjectNode settings, List<IntegrationSlot> slots, List<IntegrationFlow> flows,
                          String availableUpdate, String installedBy, Instant installedAt, Instant updatedAt) {

    public Integration {
        slots = List.copyOf(slots);
        flows = List.copyOf(flows);
    }
}
