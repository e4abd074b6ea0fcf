package io.tributary.rest.internal.marketplace;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.marketplace.Listing;

/** A catalog entry as the API shows it: its kind in lower case. Runtimes' marketplace clients read these names. */
@Schema(name = "Listing")
public record ListingView(String id,
                          @Schema(allowableValues = {"connector", "integration"}) String kind,
                          String name, String summary,
                          @Schema(description = "Markdown") String description,
                          List<String> categories,
                          @Schema(description = "a data: URI, or null") String icon,
                          String publisherId, String publisherName,
                          @Schema(description = "the highest version not yanked; null when all are")
                          String latestVersion,
                          long installs, Instant createdAt, Instant updatedAt) {

    public static ListingView of(Listing listing) {
        return new ListingView(listing.id(), listing.kind().wire(), listing.name(), listing.summary(),
                listing.description(), listing.categories(), listing.icon(), listing.publisherId(),
                listing.publisherName(), listing.latestVersion(), listing.installs(), listing.createdAt(),
                listing.updatedAt());
    }
}
