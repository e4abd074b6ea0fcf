package io.tributary.api.marketplace;

import java.time.Instant;
import java.util.List;

/**
 * One published version: immutable but for its status.
 *
 * @param listingId     the listing
 * @param version       semantic version, {@code major.minor.patch}
 * @param sha256        of the artifact, lower-case hex
 * @param size          of the artifact in bytes
 * @param signature     the publisher's detached signature of the artifact, Base64
 * @param publisherId   who signed it
 * @param platformRange the platform API it needs: its imports of {@code io.tributary.api.*} packages, e.g.
 *                      {@code io.tributary.api.connector;version="[1.0,2)"}; empty when it imports none
 * @param dependencies  listings it needs installed too
 * @param changelog     Markdown, may be empty
 * @param publishedAt   when
 * @param installs      how often it was installed
 * @param status        active, deprecated or yanked
 * @param statusReason  why deprecated or yanked, or null
 */
public record ListingVersion(String listingId, String version, String sha256, long size, String signature,
                             String publisherId, String platformRange, List<Dependency> dependencies,
                             String changelog, Instant publishedAt, long installs, VersionStatus status,
                             String statusReason) {

    public ListingVersion {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
