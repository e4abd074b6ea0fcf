package io.tributary.integrations.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tributary.api.flow.Slice;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingDetail;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.tenancy.Caller;

/** A catalog that only lists versions, newest first, as runtimes of its node read them. */
final class FakeCatalog implements MarketplaceCatalog {

    private final List<ListingVersion> versions = new ArrayList<>();

    void add(String listingId, String version, VersionStatus status) {
        versions.add(0, new ListingVersion(listingId, version, "0".repeat(64), 1, "sig", "pub_1", "", List.of(), "",
                Instant.EPOCH, 0, status, null));
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        return versions.stream().filter(version -> version.listingId().equals(listingId)).toList();
    }

    @Override
    public Slice<Listing> listings(Caller caller, ListingQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListingDetail listing(Caller caller, String listingId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Publisher registerPublisher(Caller caller, String name, String publicKeyPem) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Publisher> publishers(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Publisher publisher(Caller caller, String publisherId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListingVersion publish(Caller caller, String publisherId, Path artifact, byte[] signature,
            String changelog) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListingVersion deprecate(Caller caller, String listingId, String version, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListingVersion yank(Caller caller, String listingId, String version, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListingVersion version(String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Publisher publisher(String publisherId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path artifact(String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void countInstall(String listingId, String version) {
        throw new UnsupportedOperationException();
    }
}
