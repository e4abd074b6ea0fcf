package io.tributary.rest.internal.marketplace.install;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.rest.internal.validation.Required;

/** The body of {@code POST /marketplace/trusted-publishers}. */
public record TrustRequest(@Required @Schema(description = "the publisher's id at the marketplace") String publisherId,
                           @Schema(description = "a configured marketplace's name; absent for local")
                           String marketplace,
                           @Schema(description = "when given, the publisher's current key must have this SHA-256 "
                                   + "fingerprint (checked out of band)") String fingerprint) {
}
