package io.tributary.marketplace.internal.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.signing.SigningKeys;

/**
 * First start's content: the jars of the seed directory, signed by the local publisher {@value #PUBLISHER} and
 * published through the catalog like any upload. Versions published already are skipped, so every start may run
 * it again. A seed that fails is logged with its reasons and never stops the others.
 */
final class Seeder {

    static final String PUBLISHER = "Tributary";
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);

    private final MarketplaceCatalog catalog;
    private final Path seedDirectory;
    private final Path keyDirectory;

    /**
     * @param seedDirectory where the seed jars are; null for none
     * @param keyDirectory  where the local publisher's key pair is kept
     */
    Seeder(MarketplaceCatalog catalog, Path seedDirectory, Path keyDirectory) {
        this.catalog = catalog;
        this.seedDirectory = seedDirectory;
        this.keyDirectory = keyDirectory;
    }

    /** @return the local publisher, empty when there is nothing to seed */
    Optional<Publisher> seed(Caller operator) throws IOException, KeyException {
        List<SeedJar> jars = seedJars();
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        KeyPair keys = LocalKeyPair.loadOrCreate(keyDirectory);
        Publisher publisher = localPublisher(operator, keys);
        for (SeedJar jar : jars) {
            publish(operator, publisher, keys, jar);
        }
        return Optional.of(publisher);
    }

    /** Has this runtime trust the local publisher, unless it does already. */
    static void trust(MarketplaceInstaller installer, Caller operator, Publisher publisher) {
        boolean trusted = installer.trustedPublishers(operator).stream()
                .anyMatch(known -> known.publisherId().equals(publisher.id())
                        && known.fingerprint().equals(publisher.fingerprint()));
        if (!trusted) {
            installer.trust(operator, MarketplaceInstaller.LOCAL, publisher.id(), publisher.fingerprint());
            LOG.info("This runtime now trusts the local marketplace publisher '{}' (key {})", publisher.name(),
                    publisher.fingerprint());
        }
    }

    private List<SeedJar> seedJars() throws IOException {
        if (seedDirectory == null || !Files.isDirectory(seedDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seedDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                    .map(SeedJar::of).sorted(SeedJar.PUBLISHING_ORDER).toList();
        }
    }

    /** The publisher of the key pair, registered now if it is not yet. */
    private Publisher localPublisher(Caller operator, KeyPair keys) throws KeyException {
        String fingerprint = PublisherKey.parse(SigningKeys.publicPem(keys)).fingerprint();
        Optional<Publisher> known = catalog.publishers(operator).stream()
                .filter(publisher -> publisher.fingerprint().equals(fingerprint)).findFirst();
        return known.orElseGet(() -> catalog.registerPublisher(operator, PUBLISHER, SigningKeys.publicPem(keys)));
    }

    private void publish(Caller operator, Publisher publisher, KeyPair keys, SeedJar jar)
            throws IOException, KeyException {
        if (jar.peek().isPresent() && published(jar)) {
            LOG.debug("Seed {} is published already", jar.name());
            return;
        }
        byte[] signature = Signatures.sign(keys.getPrivate(), jar.file()).getBytes(StandardCharsets.US_ASCII);
        try {
            ListingVersion version = catalog.publish(operator, publisher.id(), jar.file(), signature, null);
            LOG.info("Published seed {} to the local marketplace as {} {}", jar.name(), version.listingId(),
                    version.version());
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                LOG.debug("Seed {} is not published again: {}", jar.name(), e.problem().detail());
            } else {
                LOG.warn("Seed {} was not published to the local marketplace: {}", jar.name(), reasons(e.problem()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Seed {} was not published to the local marketplace", jar.name(), e);
        }
    }

    private boolean published(SeedJar jar) {
        String version = jar.peek().orElseThrow().version();
        return catalog.versions(jar.peek().orElseThrow().id()).stream()
                .anyMatch(published -> published.version().equals(version));
    }

    private static String reasons(Problem problem) {
        if (problem.errors().isEmpty()) {
            return problem.detail();
        }
        return problem.errors().stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
    }
}
