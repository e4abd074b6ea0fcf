package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.Publisher;

/** This node's own marketplace, asked directly. Its artifacts are verified like any other's. */
final class LocalSource implements MarketplaceSource {

    private final MarketplaceCatalog catalog;

    LocalSource(MarketplaceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return MarketplaceInstaller.LOCAL;
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        return catalog.versions(listingId);
    }

    @Override
    public Publisher publisher(String publisherId) {
        return catalog.publisher(publisherId);
    }

    @Override
    public void download(String listingId, String version, Path target) throws IOException {
        // a copy: the catalog's stored artifact is read-only and never handed to the framework
        Files.copy(catalog.artifact(listingId, version), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void countInstall(String listingId, String version) {
        catalog.countInstall(listingId, version);
    }
}
