package io.tributary.rest.internal.marketplace.install;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.rest.internal.validation.Required;

/** The body of {@code POST /marketplace/install}. */
public record InstallRequest(@Required String listingId,
                             @Schema(description = "absent for the highest installable version") String version) {
}
