package io.tributary.plugins.internal.registry;

import java.util.List;

/**
 * What Declarative Services knows about a bundle's components that provide {@code Connector}.
 *
 * @param presence whether the bundle has such a component, as far as can be told now
 * @param failures the failure of every such component whose activation failed, e.g. {@code HttpConnector: boom}
 * @param waiting  what such components wait for, e.g. a missing reference or configuration
 */
public record ComponentReport(Presence presence, List<String> failures, List<String> waiting) {

    /** Whether a bundle has a component providing Connector. */
    public enum Presence {
        /** It declares no component at all (no Service-Component header) and has no activator either. */
        NONE_DECLARED,
        /** Not known yet: the components are only read once the bundle starts. */
        UNKNOWN,
        /** It has components, but none provides Connector. */
        NO_CONNECTOR,
        /** It has at least one component providing Connector. */
        CONNECTOR
    }

    public ComponentReport {
        failures = List.copyOf(failures);
        waiting = List.copyOf(waiting);
    }

    public static ComponentReport of(Presence presence) {
        return new ComponentReport(presence, List.of(), List.of());
    }
}
