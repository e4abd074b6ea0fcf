package io.tributary.marketplace.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.FieldError;
import io.tributary.marketplace.internal.validation.ArtifactFacts;
import io.tributary.marketplace.internal.validation.ArtifactInspector;
import io.tributary.marketplace.internal.validation.Inspection;
import io.tributary.store.jdbc.Database;

/**
 * Publishing one upload: a private copy is inspected; when every check passes and the version is new, the copy is
 * moved under its SHA-256 and the listing and version are written in one transaction. On any failure the copy is
 * deleted, and a stored file no version refers to is too: nothing is left half-written.
 */
final class Publishing {

    static final int MAX_CHANGELOG = 20_000;

    private final Database database;
    private final ArtifactStore store;
    private final ArtifactInspector inspector;
    private final Clock clock;
    private final ListingRepository listings = new ListingRepository();
    private final VersionRepository versions = new VersionRepository();
    // one publish at a time stores and writes, so a file is never deleted while another publish commits it
    private final Object storing = new Object();

    Publishing(Database database, ArtifactStore store, ArtifactInspector inspector, Clock clock) {
        this.database = database;
        this.store = store;
        this.inspector = inspector;
        this.clock = clock;
    }

    ListingVersion publish(StoredPublisher publisher, Path artifact, byte[] signature, String changelog) {
        if (changelog != null && changelog.length() > MAX_CHANGELOG) {
            throw Problems.invalid("changelog", "may have at most " + MAX_CHANGELOG + " characters");
        }
        if (artifact == null || !Files.isRegularFile(artifact)) {
            throw Problems.invalid("artifact", "is missing");
        }
        Path received = receive(artifact);
        try {
            ArtifactFacts facts = inspect(received, signature, publisher);
            synchronized (storing) {
                database.transaction(connection -> checkPublishable(connection, publisher, facts));
                return store(publisher, received, facts, SignatureText.base64(signature),
                        changelogOf(changelog, facts));
            }
        } finally {
            store.discard(received);
        }
    }

    private Path receive(Path artifact) {
        try {
            return store.receive(artifact);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the upload into the marketplace's storage", e);
        }
    }

    private ArtifactFacts inspect(Path received, byte[] signature, StoredPublisher publisher) {
        String listingId = ArtifactPeek.of(received).map(ArtifactPeek::id).orElse(null);
        List<Path> neighbours = database.transaction(connection -> versions.latestArtifactsExcept(connection,
                listingId)).stream().map(store::path).filter(Files::isRegularFile).toList();
        Inspection inspection = inspector.inspect(received, signature, Publishers.key(publisher), neighbours);
        List<FieldError> failures = inspection.passed() ? FactLimits.check(inspection.facts(), signature)
                : inspection.failures();
        if (!failures.isEmpty()) {
            throw Problems.invalid("The artifact was not published: " + failures.size()
                    + (failures.size() == 1 ? " check" : " checks") + " failed (" + failures.stream()
                    .map(failure -> failure.field() + " " + failure.message())
                    .collect(Collectors.joining("; ")) + ")", failures);
        }
        return inspection.facts();
    }

    /**
     * The listing the facts' version joins, if it exists: 403 when another publisher owns it, 422 when it is of
     * another kind, 409 when the version exists.
     */
    private Optional<Listing> checkPublishable(Connection connection, StoredPublisher publisher, ArtifactFacts facts)
            throws SQLException {
        Optional<Listing> listing = listings.find(connection, facts.id());
        if (listing.isEmpty()) {
            return listing;
        }
        if (!listing.get().publisherId().equals(publisher.id())) {
            throw Problems.forbidden("Listing '" + facts.id() + "' belongs to another publisher");
        }
        if (listing.get().kind() != facts.kind()) {
            throw Problems.invalid("artifact", "is a " + facts.kind().wire() + ", but listing '" + facts.id()
                    + "' is a " + listing.get().kind().wire());
        }
        if (versions.find(connection, facts.id(), facts.version()).isPresent()) {
            String next = versions.highest(connection, facts.id()).map(SemanticVersion::parse)
                    .map(SemanticVersion::nextPatch).map(Object::toString).orElseThrow();
            throw Problems.conflict("version", "Version " + facts.version() + " of '" + facts.id()
                    + "' exists already; versions are immutable: publish " + next + " or higher");
        }
        return listing;
    }

    private ListingVersion store(StoredPublisher publisher, Path received, ArtifactFacts facts, String signature,
            String changelog) {
        boolean created = keep(received, facts.sha256());
        try {
            return database.transaction(connection -> write(connection, publisher, facts, signature, changelog),
                    () -> lostRace(publisher, facts));
        } catch (RuntimeException e) {
            if (created && !database.transaction(connection -> versions.referencesArtifact(connection,
                    facts.sha256()))) {
                store.discard(store.path(facts.sha256()));
            }
            throw e;
        }
    }

    private boolean keep(Path received, String sha256) {
        try {
            return store.keep(received, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the artifact in the marketplace's storage", e);
        }
    }

    private ListingVersion write(Connection connection, StoredPublisher publisher, ArtifactFacts facts,
            String signature, String changelog) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Listing> existing = checkPublishable(connection, publisher, facts);
        if (existing.isEmpty()) {
            listings.insert(connection, facts, publisher.id(), now);
        }
        ListingVersion version = new ListingVersion(facts.id(), facts.version(), facts.sha256(), facts.size(),
                signature, publisher.id(), facts.platformRange(), facts.dependencies(), changelog, now, 0,
                VersionStatus.ACTIVE, null);
        versions.insert(connection, version);
        if (existing.isPresent() && versions.highest(connection, facts.id()).orElseThrow().equals(facts.version())) {
            listings.describe(connection, facts);
        }
        listings.published(connection, facts.id(), versions.highestInstallable(connection, facts.id()).orElse(null),
                now);
        return version;
    }

    /** A concurrent publish (another node) wrote the listing or version first: the precise answer, if any. */
    private RuntimeException lostRace(StoredPublisher publisher, ArtifactFacts facts) {
        database.transaction(connection -> checkPublishable(connection, publisher, facts));
        return Problems.conflict("version", "Listing '" + facts.id() + "' or its version " + facts.version()
                + " was published at the same time by another request; try again");
    }

    private static String changelogOf(String given, ArtifactFacts facts) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return facts.changelog() == null ? "" : facts.changelog();
    }
}
