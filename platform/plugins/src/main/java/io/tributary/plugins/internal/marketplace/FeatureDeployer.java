package io.tributary.plugins.internal.marketplace;

import java.net.URI;
import java.util.Set;

/** Karaf's FeaturesService as far as the installer uses it; a seam for its tests. */
interface FeatureDeployer {

    void addRepository(URI repository) throws Exception;

    void removeRepository(URI repository) throws Exception;

    /** Installs features ({@code name/version}) in one resolution, starting their bundles. */
    void install(Set<String> features) throws Exception;

    void uninstall(Set<String> features) throws Exception;
}
