package io.tributary.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tells who uses a connector version, so that removing it can be refused while it is in use. Provided by the
 * services that use connectors (the flow engine); every registered one is asked.
 */
@ConsumerType
public interface ConnectorUsage {

    /** Descriptions of what uses this connector version, e.g. {@code flow "Orders" (f-12)}; empty when unused. */
    List<String> usersOf(String connectorId, String version);
}
