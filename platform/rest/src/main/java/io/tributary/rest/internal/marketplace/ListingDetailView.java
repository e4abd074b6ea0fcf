package io.tributary.rest.internal.marketplace;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.marketplace.ListingDetail;

/**
 * {@code GET /marketplace/listings/{id}}: the listing's fields and, next to them, its versions.
 *
 * @param listing  written field by field at the top level
 * @param versions newest first
 */
@Schema(name = "ListingDetail")
public record ListingDetailView(@JsonUnwrapped ListingView listing, List<ListingVersionView> versions) {

    static ListingDetailView of(ListingDetail detail) {
        return new ListingDetailView(ListingView.of(detail.listing()),
                detail.versions().stream().map(ListingVersionView::of).toList());
    }
}
