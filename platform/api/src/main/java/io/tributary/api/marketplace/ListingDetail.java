package io.tributary.api.marketplace;

import java.util.List;

/** A listing with its versions, newest first. */
public record ListingDetail(Listing listing, List<ListingVersion> versions) {

    public ListingDetail {
        versions = List.copyOf(versions);
    }
}
