package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.ListingVersion;

/**
 * Descriptors of listing versions, read from verified artifacts only: the installed copy, or one downloaded and
 * checked like an install's and kept in the cache by its SHA-256 (and checked again whenever it is read).
 */
final class Descriptors {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final InstalledTable table;
    private final Marketplaces marketplaces;
    private final ArtifactVerifier verifier;
    private final RuntimeRepository repository;

    Descriptors(InstalledTable table, Marketplaces marketplaces, ArtifactVerifier verifier,
            RuntimeRepository repository) {
        this.table = table;
        this.marketplaces = marketplaces;
        this.verifier = verifier;
        this.repository = repository;
    }

    ObjectNode descriptor(String listingId, String version) {
        Optional<InstalledRow> installed = table.find(listingId).filter(row -> row.version().equals(version));
        Path jar = installed.isPresent() ? repository.jar(listingId, version) : verifiedCopy(listingId, version);
        try {
            return JarFacts.read(jar).descriptor(jar);
        } catch (IOException e) {
            throw Problems.failed("the descriptor of " + listingId + " " + version + " cannot be read: "
                    + e.getMessage());
        }
    }

    private Path verifiedCopy(String listingId, String version) {
        if (!Ids.plain(listingId) || !Ids.plain(version)) {
            throw Problems.notFound("no marketplace offers " + listingId + " " + version);
        }
        Marketplaces.Offer offer = marketplaces.offering(listingId).orElseThrow(() ->
                Problems.notFound("no marketplace offers a listing " + listingId));
        ListingVersion found = Versions.find(offer.versions(), version).orElseThrow(() -> Problems.notFound(
                "marketplace " + offer.source().name() + " has no version " + version + " of " + listingId));
        Candidate candidate = new Candidate(offer.source(), found);
        String sha256 = found.sha256().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw Problems.badGateway("marketplace " + offer.source().name() + " states no SHA-256 for "
                    + candidate.label() + ": " + found.sha256());
        }
        Path cached = repository.cached(sha256);
        if (Files.exists(cached) && verifier.check(candidate, cached).passed()) {
            return cached;
        }
        VerifiedArtifact verified = verifier.fetchAll(List.of(new PlannedItem(candidate, List.of())), repository)
                .get(0);
        try {
            Files.createDirectories(cached.getParent());
            RuntimeRepository.move(verified.file(), cached);
            return cached;
        } catch (IOException e) {
            RuntimeRepository.deleteQuietly(verified.file());
            throw Problems.failed("the verified artifact of " + candidate.label() + " cannot be kept: "
                    + e.getMessage());
        }
    }
}
