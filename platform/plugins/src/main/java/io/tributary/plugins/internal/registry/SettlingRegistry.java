package io.tributary.plugins.internal.registry;

import java.time.Duration;
import java.util.Optional;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;

/** The registry as the installer needs it: it can also wait for a bundle it has just started to settle. */
public interface SettlingRegistry extends ConnectorRegistry {

    /**
     * Waits until the connector of a bundle is active or rejected, or the timeout passes.
     *
     * @return the connector as last seen; empty when the bundle carries no connector or is gone
     */
    Optional<ConnectorInfo> awaitSettled(long bundleId, Duration timeout) throws InterruptedException;
}
