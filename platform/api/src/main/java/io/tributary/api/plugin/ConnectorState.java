package io.tributary.api.plugin;

/** Where an installed connector bundle stands. */
public enum ConnectorState {
    /** Its descriptor is valid and its {@code Connector} service is registered: flows can use it. */
    ACTIVE,
    /** Its descriptor is valid but its service is not (yet) registered, e.g. while it starts. */
    INSTALLED,
    /** It cannot be used: bad descriptor, unresolvable imports, no implementation, failed activation. */
    REJECTED
}
