package io.tributary.rest.internal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingDetail;
import io.tributary.api.marketplace.ListingVersion;

/**
 * The views exist to write kinds and statuses in lower case; a field added to the API record must appear in its
 * view too, or this fails (and runtimes reading the catalog would never see it).
 */
class MarketplaceViewsMirrorApiRecordsTest {

    @Test
    void listingViewHasTheFieldsOfListingInOrder() {
        assertEquals(names(Listing.class), names(ListingView.class));
    }

    @Test
    void listingVersionViewHasTheFieldsOfListingVersionInOrder() {
        assertEquals(names(ListingVersion.class), names(ListingVersionView.class));
    }

    @Test
    void listingDetailViewIsTheListingThenItsVersions() {
        assertEquals(names(ListingDetail.class), names(ListingDetailView.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
