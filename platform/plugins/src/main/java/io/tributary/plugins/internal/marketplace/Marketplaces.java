package io.tributary.plugins.internal.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.tributary.api.marketplace.ListingVersion;

/** The marketplaces this runtime installs from, local first, as configured at this moment. */
final class Marketplaces {

    /** A marketplace that has a listing, with every version it offers. */
    record Offer(MarketplaceSource source, List<ListingVersion> versions) {
    }

    private final Supplier<List<MarketplaceSource>> sources;

    Marketplaces(Supplier<List<MarketplaceSource>> sources) {
        this.sources = sources;
    }

    Optional<MarketplaceSource> named(String name) {
        return sources.get().stream().filter(source -> source.name().equals(name)).findFirst();
    }

    /**
     * The first marketplace that has versions of the listing: a listing is installed from one place, whichever
     * else offers it too.
     */
    Optional<Offer> offering(String listingId) {
        for (MarketplaceSource source : sources.get()) {
            List<ListingVersion> versions = source.versions(listingId);
            if (!versions.isEmpty()) {
                return Optional.of(new Offer(source, versions));
            }
        }
        return Optional.empty();
    }
}
