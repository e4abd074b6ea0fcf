package io.tributary.rest.internal.marketplace.install;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.marketplace.InstalledItem;

/** Something this runtime installed from a marketplace, as the API shows it: its kind in lower case. */
@Schema(name = "InstalledItem")
public record InstalledItemView(String listingId,
                                @Schema(allowableValues = {"connector", "integration"}) String kind,
                                String version,
                                @Schema(description = "the marketplace it came from; local for this node's own")
                                String marketplace,
                                String publisherId, String sha256,
                                @Schema(description = "the OSGi bundle id; -1 when its bundle is gone") long bundleId,
                                Instant installedAt,
                                @Schema(description = "the user, or platform when an integration or a dependency "
                                        + "brought it in") String installedBy,
                                @Schema(description = "the highest installable version above it, or null")
                                String availableUpdate,
                                @Schema(description = "set when its version was deprecated or yanked since, or its "
                                        + "bundle is gone") String warning) {

    static InstalledItemView of(InstalledItem item) {
        return new InstalledItemView(item.listingId(), item.kind().wire(), item.version(), item.marketplace(),
                item.publisherId(), item.sha256(), item.bundleId(), item.installedAt(), item.installedBy(),
                item.availableUpdate(), item.warning());
    }
}
