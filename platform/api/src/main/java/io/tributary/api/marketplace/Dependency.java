package io.tributary.api.marketplace;

import java.util.Objects;

/**
 * Another listing a version needs installed in the runtime.
 *
 * @param listingId the listing (for an integration: a connector id)
 * @param range     an OSGi version range, e.g. {@code [1.0,2.0)}
 */
public record Dependency(String listingId, String range) {

    public Dependency {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(range, "range");
    }
}
