package io.tributary.plugins.internal.marketplace;

import io.tributary.api.marketplace.ListingVersion;

/** A version chosen to be installed, and the marketplace it comes from. */
record Candidate(MarketplaceSource source, ListingVersion version) {

    String listingId() {
        return version.listingId();
    }

    String label() {
        return version.listingId() + " " + version.version();
    }
}
