package io.tributary.api.plugin;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One installed connector bundle as the registry sees it.
 *
 * @param id          the descriptor's connector id; for a bundle whose descriptor cannot be read, its symbolic name
 * @param version     the descriptor's version; for a bundle whose descriptor cannot be read, the bundle version
 * @param name        the descriptor's display name, or the bundle's name
 * @param state       whether flows can use it
 * @param reason      why it is not active, in words; null when active
 * @param categories  the descriptor's categories; empty when unknown
 * @param bundleId    the OSGi bundle id
 * @param descriptor  the descriptor ({@code connector.json}) as read; null when it could not be read
 */
public record ConnectorInfo(String id, String version, String name, ConnectorState state, String reason,
                            List<String> categories, long bundleId, ObjectNode descriptor) {

    public ConnectorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
