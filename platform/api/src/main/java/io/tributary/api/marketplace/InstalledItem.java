package io.tributary.api.marketplace;

import java.time.Instant;

/**
 * Something this runtime installed from a marketplace.
 *
 * @param listingId       the listing
 * @param kind            connector or integration
 * @param version         the installed version
 * @param marketplace     the name of the marketplace it came from ({@code local} for this node's own)
 * @param publisherId     who signed it
 * @param sha256          of the installed artifact
 * @param bundleId        the OSGi bundle id, or -1 when it is not installed in the framework any more
 * @param installedAt     when
 * @param installedBy     the user, or {@code platform} when an integration or a dependency brought it in
 * @param availableUpdate the highest installable version above it, or null
 * @param warning         set when the installed version was deprecated or yanked since, or its bundle is gone
 */
public record InstalledItem(String listingId, Kind kind, String version, String marketplace, String publisherId,
                            String sha256, long bundleId, Instant installedAt, String installedBy,
                            String availableUpdate, String warning) {
}
