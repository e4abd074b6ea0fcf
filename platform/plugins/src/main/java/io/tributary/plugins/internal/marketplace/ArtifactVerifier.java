package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.ProblemException;
import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;

/**
 * Checks artifacts before anything reaches the framework: the SHA-256 the catalog states, a publisher this runtime
 * trusts, and the signature against the key pinned when it was trusted, never the key the marketplace serves now.
 */
final class ArtifactVerifier {

    static final String TRUST_HINT = "an operator trusts it with POST /api/v1/marketplace/trusted-publishers";

    /** The checks of one file: its facts when every check passed, else what failed. */
    record Checked(JarFacts facts, List<FieldError> failures) {

        boolean passed() {
            return failures.isEmpty();
        }
    }

    private final Trust trust;

    ArtifactVerifier(Trust trust) {
        this.trust = trust;
    }

    /**
     * Downloads every planned item into {@code downloads} and checks it; when one fails, every download is deleted
     * and the 422 names every failure of every item.
     */
    List<VerifiedArtifact> fetchAll(List<PlannedItem> plan, RuntimeRepository repository) {
        List<VerifiedArtifact> verified = new ArrayList<>();
        List<Path> downloads = new ArrayList<>();
        List<FieldError> failures = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try {
            for (PlannedItem item : plan) {
                Path file = download(item.candidate(), repository);
                downloads.add(file);
                Checked checked = check(item.candidate(), file);
                if (checked.passed()) {
                    verified.add(new VerifiedArtifact(item, file, checked.facts()));
                } else {
                    failures.addAll(checked.failures());
                    refused.add(item.candidate().label() + " from marketplace " + item.candidate().source().name()
                            + ": " + checked.failures().get(0).message());
                }
            }
        } catch (RuntimeException e) {
            downloads.forEach(RuntimeRepository::deleteQuietly);
            throw e;
        }
        if (!failures.isEmpty()) {
            downloads.forEach(RuntimeRepository::deleteQuietly);
            throw Problems.invalid("nothing was installed: " + String.join("; ", refused), failures);
        }
        return verified;
    }

    /** Every check of a file against its catalog entry, stopping at the first that fails. */
    Checked check(Candidate candidate, Path file) {
        ListingVersion version = candidate.version();
        String sha256 = sha256(file);
        if (!sha256.equals(version.sha256().toLowerCase(Locale.ROOT))) {
            return failed("artifact", "its SHA-256 " + sha256 + " differs from the catalog's " + version.sha256()
                    + ": the download was changed");
        }
        Optional<PinnedPublisher> pinned = trust.pinned(candidate.source().name(), version.publisherId());
        if (pinned.isEmpty()) {
            return failed("publisher", describe(candidate) + " is not trusted on this runtime: " + TRUST_HINT);
        }
        if (!signedBy(pinned.get(), file, version.signature())) {
            return failed("signature", "does not verify with the key pinned for publisher "
                    + pinned.get().publisher().name() + " (" + version.publisherId() + ", key "
                    + pinned.get().publisher().fingerprint() + "): the artifact was not signed by them");
        }
        try {
            return new Checked(JarFacts.read(file), List.of());
        } catch (IOException e) {
            return failed("artifact", "is not a bundle this runtime installs: " + e.getMessage());
        }
    }

    private static Path download(Candidate candidate, RuntimeRepository repository) {
        Path file = null;
        try {
            file = repository.newDownload(candidate.listingId());
            candidate.source().download(candidate.listingId(), candidate.version().version(), file);
            return file;
        } catch (IOException | ProblemException e) {
            RuntimeRepository.deleteQuietly(file);
            throw Problems.badGateway("the artifact of " + candidate.label() + " could not be downloaded from"
                    + " marketplace " + candidate.source().name() + ": " + e.getMessage());
        }
    }

    private static boolean signedBy(PinnedPublisher pinned, Path file, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            return Signatures.verify(PublisherKey.parse(pinned.publicKey()), file,
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (KeyException | IOException e) {
            return false;
        }
    }

    /** "publisher Acme (p-1, key ab12…)", with what the marketplace says about them, as far as it answers. */
    private static String describe(Candidate candidate) {
        String id = candidate.version().publisherId();
        try {
            Publisher publisher = candidate.source().publisher(id);
            return "publisher " + publisher.name() + " (" + id + ", key "
                    + PublisherKey.parse(publisher.publicKey()).fingerprint() + ")";
        } catch (KeyException | RuntimeException e) {
            return "publisher " + id;
        }
    }

    private static Checked failed(String field, String message) {
        return new Checked(null, List.of(new FieldError(field, message)));
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw Problems.failed("the download " + file.getFileName() + " cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
