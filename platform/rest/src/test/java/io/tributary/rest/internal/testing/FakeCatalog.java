package io.tributary.rest.internal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.tributary.api.flow.Slice;
import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingDetail;
import io.tributary.api.marketplace.ListingQuery;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;

/**
 * Listings, versions and publishers in maps. Publishing checks what the REST layer hands on the way the catalog does
 * (a missing artifact or signature is a 422 naming each, an artifact starting with {@code bad} is not a bundle) and
 * records the upload, read while the call lasts. Authorizes nothing.
 */
public final class FakeCatalog implements MarketplaceCatalog {

    /** "listingId version" of every install counted. */
    public final List<String> counted = new CopyOnWriteArrayList<>();

    public final Map<String, Listing> listings = new ConcurrentHashMap<>();
    public final Map<String, List<ListingVersion>> versions = new ConcurrentHashMap<>();
    public final Map<String, Publisher> publishers = new ConcurrentHashMap<>();
    public volatile Caller lastCaller;
    public volatile ListingQuery lastQuery;
    public volatile Path lastArtifact;
    public volatile byte[] lastArtifactBytes;
    /** The names of the files next to the last artifact while it was being published. */
    public volatile List<String> filesBesideLastArtifact;
    public volatile byte[] lastSignature;
    public volatile String lastPublisherId;
    public volatile String lastChangelog;
    public volatile String lastReason;
    private final AtomicInteger ids = new AtomicInteger();

    /** Adds a connector listing with the given versions, oldest first, all active. */
    public Listing addListing(String id, String... versionNumbers) {
        Listing listing = new Listing(id, Kind.CONNECTOR, id.toUpperCase(), "Moves " + id + " records",
                "# " + id, List.of("databases"), null, "p-1", "Acme", versionNumbers[versionNumbers.length - 1], 3,
                FakeIdentity.NOW, FakeIdentity.NOW.plusSeconds(3600));
        listings.put(id, listing);
        List<ListingVersion> added = new ArrayList<>();
        for (String number : versionNumbers) {
            added.add(0, new ListingVersion(id, number, "ab".repeat(32), 2048, "c2ln", "p-1",
                    "io.tributary.api.connector;version=\"[1.0,2)\"", List.of(new Dependency("http", "[1.0,2)")),
                    "", FakeIdentity.NOW, 1, VersionStatus.ACTIVE, null));
        }
        versions.put(id, new ArrayList<>(added));
        return listing;
    }

    @Override
    public Slice<Listing> listings(Caller caller, ListingQuery query) {
        lastCaller = caller;
        lastQuery = query;
        List<Listing> matching = listings.values().stream()
                .filter(listing -> query.kind() == null || listing.kind() == query.kind())
                .sorted(Comparator.comparing(Listing::id)).toList();
        int start = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
        int end = Math.min(matching.size(), start + query.limit());
        return new Slice<>(matching.subList(start, end), end < matching.size() ? String.valueOf(end) : null);
    }

    @Override
    public ListingDetail listing(Caller caller, String listingId) {
        lastCaller = caller;
        Listing listing = listings.get(listingId);
        if (listing == null) {
            throw notFound("No listing " + listingId + ".");
        }
        return new ListingDetail(listing, versions(listingId));
    }

    @Override
    public Publisher registerPublisher(Caller caller, String name, String publicKeyPem) {
        lastCaller = caller;
        if (publishers.values().stream().anyMatch(publisher -> publisher.name().equals(name))) {
            throw new ProblemException(Problem.of(409, "Conflict", "A publisher named " + name + " exists."));
        }
        Publisher publisher = new Publisher("p-" + ids.incrementAndGet(), name, "Ed25519", "fe".repeat(32),
                publicKeyPem, caller.username(), FakeIdentity.NOW);
        publishers.put(publisher.id(), publisher);
        return publisher;
    }

    @Override
    public List<Publisher> publishers(Caller caller) {
        lastCaller = caller;
        return List.copyOf(publishers.values());
    }

    @Override
    public Publisher publisher(Caller caller, String publisherId) {
        lastCaller = caller;
        return publisher(publisherId);
    }

    @Override
    public ListingVersion publish(Caller caller, String publisherId, Path artifact, byte[] signature,
                                  String changelog) {
        lastCaller = caller;
        lastArtifact = artifact;
        lastSignature = signature;
        lastPublisherId = publisherId;
        lastChangelog = changelog;
        lastArtifactBytes = artifact == null ? null : read(artifact);
        filesBesideLastArtifact = artifact == null ? null : list(artifact.getParent());
        List<FieldError> failures = new ArrayList<>();
        if (artifact == null) {
            failures.add(new FieldError("artifact", "is missing"));
        } else if (new String(lastArtifactBytes, 0, Math.min(3, lastArtifactBytes.length)).equals("bad")) {
            failures.add(new FieldError("artifact", "is not an OSGi bundle"));
        }
        if (signature == null) {
            failures.add(new FieldError("signature", "is missing"));
        }
        if (!failures.isEmpty()) {
            throw new ProblemException(Problem.invalid("The artifact was not published.", failures));
        }
        ListingVersion published = new ListingVersion("demo", "1.0." + ids.incrementAndGet(), "ab".repeat(32),
                lastArtifactBytes.length, "c2ln", publisherId == null ? "p-1" : publisherId, "", List.of(),
                changelog == null ? "" : changelog, FakeIdentity.NOW, 0, VersionStatus.ACTIVE, null);
        versions.computeIfAbsent("demo", id -> new ArrayList<>()).add(0, published);
        return published;
    }

    @Override
    public ListingVersion deprecate(Caller caller, String listingId, String version, String reason) {
        return changeStatus(caller, listingId, version, VersionStatus.DEPRECATED, reason);
    }

    @Override
    public ListingVersion yank(Caller caller, String listingId, String version, String reason) {
        return changeStatus(caller, listingId, version, VersionStatus.YANKED, reason);
    }

    @Override
    public ListingVersion version(String listingId, String version) {
        return versions(listingId).stream().filter(candidate -> candidate.version().equals(version)).findFirst()
                .orElseThrow(() -> notFound("No version " + version + " of " + listingId + "."));
    }

    @Override
    public List<ListingVersion> versions(String listingId) {
        return List.copyOf(versions.getOrDefault(listingId, List.of()));
    }

    @Override
    public Publisher publisher(String publisherId) {
        Publisher publisher = publishers.get(publisherId);
        if (publisher == null) {
            throw notFound("No publisher " + publisherId + ".");
        }
        return publisher;
    }

    @Override
    public Path artifact(String listingId, String version) {
        throw notFound("The fake keeps no artifacts.");
    }

    @Override
    public void countInstall(String listingId, String version) {
        version(listingId, version);
        counted.add(listingId + " " + version);
    }

    private ListingVersion changeStatus(Caller caller, String listingId, String version, VersionStatus status,
                                        String reason) {
        lastCaller = caller;
        lastReason = reason;
        ListingVersion current = version(listingId, version);
        ListingVersion changed = new ListingVersion(listingId, version, current.sha256(), current.size(),
                current.signature(), current.publisherId(), current.platformRange(), current.dependencies(),
                current.changelog(), current.publishedAt(), current.installs(), status, reason);
        List<ListingVersion> all = versions.get(listingId);
        all.set(all.indexOf(current), changed);
        return changed;
    }

    private static byte[] read(Path artifact) {
        try {
            return Files.readAllBytes(artifact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }
}
