package io.tributary.marketplace.internal.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.tributary.api.flow.Slice;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingDetail;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.tenancy.Caller;
import io.tributary.marketplace.internal.validation.ArtifactInspector;
import io.tributary.store.jdbc.Database;

/** The catalog on the store's database, with artifacts in an {@link ArtifactStore}. */
public class DefaultMarketplaceCatalog implements MarketplaceCatalog {

    private final Database database;
    private final ArtifactStore store;
    private final Publishers publishers;
    private final Publishing publishing;
    private final StatusChanges statuses;
    private final ListingRepository listings = new ListingRepository();
    private final VersionRepository versions = new VersionRepository();

    public DefaultMarketplaceCatalog(Database database, ArtifactStore store, ArtifactInspector inspector,
            Clock clock) {
        this.database = database;
        this.store = store;
        this.publishers = new Publishers(database, clock);
        this.publishing = new Publishing(database, store, inspector, clock);
        this.statuses = new StatusChanges(database);
    }

    @Override
    public Slice<Listing> listings(Caller caller, ListingQuery query) {
        Access.reader(caller);
        ListingSearch search = new ListingSearch(query);
        return database.transaction(search::run);
    }

    @Override
    public ListingDetail listing(Caller caller, String listingId) {
        Access.reader(caller);
        return database.transaction(connection -> {
            Listing listing = listings.find(connection, listingId)
                    .orElseThrow(() -> Problems.notFound("No listing '" + listingId + "'"));
            return new ListingDetail(listing, versions.list(connection, listingId));
        });
    }

    @Override
    public Publisher registerPublisher(Caller caller, String name, String publicKeyPem) {
        return publishers.register(caller, name, publicKeyPem);
    }

    @Override
    public List<Publisher> publishers(Caller caller) {
        Access.reader(caller);
        return publishers.list();
    }

    @Override
    public Publisher publisher(Caller caller, String publisherId) {
        Access.reader(caller);
        return publishers.find(publisherId);
    }

    @Override
    public ListingVersion publish(Caller caller, String publisherId, Path artifact, byte[] signature,
            String changelog) {
        StoredPublisher publisher = publishers.actingAs(caller, publisherId);
        return publishing.publish(publisher, artifact, signature == null ? new byte[0] : signature, changelog);
    }

    @Override
    public ListingVersion deprecate(Caller caller, String listingId, String version, String reason) {
        return statuses.deprecate(caller, listingId, version, reason);
    }

    @Override
    public ListingVersion yank(Caller caller, String listingId, String version, String reason) {
        return statuses.yank(caller, listingId, version, reason);
    }

    @Override
    public ListingVersion version(String listingId, String version) {
        return database.transaction(connection -> versions.find(connection, listingId, version))
                .orElseThrow(() -> Problems.notFound("No version " + version + " of '" + listingId + "'"));
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        return database.transaction(connection -> versions.list(connection, listingId));
    }

    @Override
    public Publisher publisher(String publisherId) {
        return publishers.find(publisherId);
    }

    @Override
    public Path artifact(String listingId, String version) {
        Path path = store.path(version(listingId, version).sha256());
        if (!Files.isRegularFile(path)) {
            throw Problems.notFound("The artifact of version " + version + " of '" + listingId
                    + "' is missing from the marketplace's storage");
        }
        return path;
    }

    @Override
    public void countInstall(String listingId, String version) {
        database.transaction(connection -> {
            if (!versions.countInstall(connection, listingId, version)) {
                throw Problems.notFound("No version " + version + " of '" + listingId + "'");
            }
            listings.countInstall(connection, listingId);
            return null;
        });
    }
}
