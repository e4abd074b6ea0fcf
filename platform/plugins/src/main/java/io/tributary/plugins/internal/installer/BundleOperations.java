package io.tributary.plugins.internal.installer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.BundleException;

/** The framework operations the installer needs, one bundle at a time; a seam for its tests. */
interface BundleOperations {

    /** Whether a bundle is installed at this location. */
    boolean isInstalled(String location);

    /** Installs a jar and returns the new bundle's id. */
    long install(String location, Path jar) throws BundleException;

    /** Starts a bundle persistently; a bundle that cannot be resolved fails with the resolver's message. */
    void start(long bundleId) throws BundleException;

    /** The requirements of an unresolved bundle that nothing installed provides. */
    List<String> missingRequirements(long bundleId);

    /**
     * Uninstalls a bundle and refreshes that bundle only, so its class loader can be collected, waiting until the
     * framework has finished the refresh.
     *
     * @throws TimeoutException when the refresh has not finished within the timeout
     */
    void remove(long bundleId, Duration timeout) throws BundleException, InterruptedException, TimeoutException;
}
