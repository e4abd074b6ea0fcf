package io.tributary.api.plugin;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

import io.tributary.api.problem.ProblemException;

/** Installs and removes connector bundles while the platform runs, without refreshing unrelated bundles. */
@ProviderType
public interface ConnectorInstaller {

    /** The largest connector bundle accepted, in bytes; a larger one is refused with a 413. */
    long MAX_BUNDLE_BYTES = 50L << 20;

    /**
     * Installs and starts a connector bundle and returns once it is active.
     *
     * @param jar the bundle's bytes
     * @return the connector, active
     * @throws ProblemException 422 listing every reason it was refused (not a bundle, unresolvable imports, invalid
     *                          descriptor, version already installed, no implementation, failed activation); 413
     *                          above {@link #MAX_BUNDLE_BYTES}; a refused bundle is not left installed
     */
    ConnectorInfo install(InputStream jar);

    /**
     * Stops and uninstalls a connector version.
     *
     * @param force uninstall even while flows use it
     * @throws ProblemException 404 if no such connector version is installed; 409 naming its users if flows use it
     *                          and {@code force} is false
     */
    void uninstall(String id, String version, boolean force);
}
