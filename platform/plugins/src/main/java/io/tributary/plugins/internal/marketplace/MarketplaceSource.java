package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;

/** A marketplace this runtime installs from: this node's own catalog, or a remote one over HTTP. */
interface MarketplaceSource {

    /** {@code local}, or the name a remote marketplace is configured under. */
    String name();

    /**
     * Every version of a listing, in any order; empty when the marketplace has no such listing.
     *
     * @throws io.tributary.api.problem.ProblemException 502 when the marketplace cannot be asked
     */
    List<ListingVersion> versions(String listingId);

    /** @throws io.tributary.api.problem.ProblemException 404 when unknown there, 502 when it cannot be asked */
    Publisher publisher(String publisherId);

    /** Writes a version's artifact to {@code target}, replacing it. Nothing is checked here: the caller verifies. */
    void download(String listingId, String version, Path target) throws IOException;

    /** Tells the marketplace about one more install of a version. */
    void countInstall(String listingId, String version);
}
