package io.tributary.api.plugin;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.connector.Connector;

/** The connectors installed in this runtime, several versions of one connector side by side. */
@ProviderType
public interface ConnectorRegistry {

    /** Every connector bundle, active or not, ordered by id then version. */
    List<ConnectorInfo> list();

    /** One connector version, in whatever state. */
    Optional<ConnectorInfo> find(String id, String version);

    /**
     * The highest active version of a connector within an OSGi version range such as {@code [1.0,2.0)};
     * a plain version such as {@code 1.2.0} means that version or later.
     */
    Optional<ConnectorInfo> resolve(String id, String versionRange);

    /** The service of an active connector version. */
    Optional<Connector> connector(String id, String version);
}
