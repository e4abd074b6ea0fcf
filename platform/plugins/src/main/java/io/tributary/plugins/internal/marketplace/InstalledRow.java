package io.tributary.plugins.internal.marketplace;

import java.time.Instant;

import io.tributary.api.marketplace.Kind;

/**
 * A row of {@code marketplace_installed}: one version of a listing installed from a marketplace, with the features
 * repository and feature Karaf installed it as.
 */
record InstalledRow(String listingId, Kind kind, String version, String marketplace, String publisherId,
                    String sha256, String featuresRepository, String featureName, String installedBy,
                    Instant installedAt) {

    /** The feature as Karaf names it in install and uninstall calls. */
    String feature() {
        return featureName + "/" + version;
    }
}
