package io.tributary.rest.internal.marketplace;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;

/** A published version as the API shows it: its status in lower case. Runtimes' marketplace clients read these names. */
@Schema(name = "ListingVersion")
public record ListingVersionView(String listingId, String version,
                                 @Schema(description = "of the artifact, lower-case hex") String sha256,
                                 @Schema(description = "of the artifact, in bytes") long size,
                                 @Schema(description = "the publisher's detached signature, Base64") String signature,
                                 String publisherId,
                                 @Schema(description = "the io.tributary.api packages it imports, with their ranges")
                                 String platformRange,
                                 List<Dependency> dependencies,
                                 @Schema(description = "Markdown") String changelog,
                                 Instant publishedAt, long installs,
                                 @Schema(allowableValues = {"active", "deprecated", "yanked"}) String status,
                                 String statusReason) {

    public static ListingVersionView of(ListingVersion version) {
        return new ListingVersionView(version.listingId(), version.version(), version.sha256(), version.size(),
                version.signature(), version.publisherId(), version.platformRange(), version.dependencies(),
                version.changelog(), version.publishedAt(), version.installs(), version.status().wire(),
                version.statusReason());
    }
}
