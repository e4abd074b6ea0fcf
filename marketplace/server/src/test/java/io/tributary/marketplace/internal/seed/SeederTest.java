package io.tributary.marketplace.internal.seed;

import static io.tributary.marketplace.internal.catalog.Marketplace.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.FieldError;
import io.tributary.marketplace.internal.catalog.FakeInspector;
import io.tributary.marketplace.internal.catalog.Marketplace;
import io.tributary.marketplace.internal.catalog.TestJars;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.Signatures;
import io.tributary.store.testing.EachDatabase;

class SeederTest {

    @EachDatabase
    void seedsArePublishedConnectorsFirstSignedByTheLocalPublisher(Marketplace marketplace) throws Exception {
        Path seeds = seeds(marketplace);
        integration(seeds, "a-sync.jar", "sync", "1.0.0");
        connector(seeds, "z-http.jar", "http", "1.0.0");

        Publisher publisher = seeder(marketplace, seeds).seed(OPERATOR).orElseThrow();

        Path keys = marketplace.storage.resolve("local-publisher");
        PublisherKey key = PublisherKey.parse(Files.readString(keys.resolve(LocalKeyPair.PUBLIC)));
        assertEquals(List.of("Tributary", key.fingerprint()), List.of(publisher.name(), publisher.fingerprint()));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(LocalKeyPair.PRIVATE))));
        List<FakeInspector.Call> calls = marketplace.inspector.calls;
        assertEquals(List.of("http", "sync"), calls.stream().map(FakeInspector.Call::listingId).toList());
        assertEquals(List.of(marketplace.catalog.artifact("http", "1.0.0")), calls.get(1).neighbours());
        for (String id : List.of("http", "sync")) {
            ListingVersion version = marketplace.catalog.version(id, "1.0.0");
            assertEquals(publisher.id(), version.publisherId());
            assertTrue(Signatures.verify(key, marketplace.catalog.artifact(id, "1.0.0"),
                    version.signature().getBytes(StandardCharsets.US_ASCII)), id);
        }
    }

    @EachDatabase
    void seedingAgainPublishesOnlyWhatIsNewWithTheSameKeys(Marketplace marketplace) throws Exception {
        Path seeds = seeds(marketplace);
        connector(seeds, "http.jar", "http", "1.0.0");
        connector(seeds, "jdbc.jar", "jdbc", "1.0.0");
        Publisher first = seeder(marketplace, seeds).seed(OPERATOR).orElseThrow();
        String privateKey = Files.readString(marketplace.storage.resolve("local-publisher/private.pem"));

        Publisher again = seeder(marketplace, seeds).seed(OPERATOR).orElseThrow();
        connector(seeds, "http-1.1.jar", "http", "1.1.0");
        seeder(marketplace, seeds).seed(OPERATOR);

        assertEquals(first, again);
        assertEquals(privateKey, Files.readString(marketplace.storage.resolve("local-publisher/private.pem")));
        assertEquals(3, marketplace.inspector.calls.size());
        assertEquals(List.of("1.1.0", "1.0.0"), marketplace.catalog.versions("http").stream()
                .map(ListingVersion::version).toList());
        assertEquals(1, marketplace.catalog.publishers(OPERATOR).size());
    }

    @EachDatabase
    void aSeedFailingItsChecksIsSkippedAndTheOthersArePublished(Marketplace marketplace) throws Exception {
        Path seeds = seeds(marketplace);
        connector(seeds, "broken.jar", "broken", "1.0.0");
        connector(seeds, "http.jar", "http", "1.0.0");
        marketplace.inspector.failures.add(new FieldError("artifact", "does not resolve"));
        marketplace.inspector.failingIds.add("broken");

        seeder(marketplace, seeds).seed(OPERATOR);

        assertEquals(List.of(), marketplace.catalog.versions("broken"));
        assertEquals(1, marketplace.catalog.versions("http").size());
    }

    @EachDatabase
    void withoutSeedJarsThereIsNoLocalPublisher(Marketplace marketplace) throws Exception {
        Path seeds = seeds(marketplace);
        Files.writeString(seeds.resolve("README.txt"), "not a jar");

        assertEquals(Optional.empty(), seeder(marketplace, seeds).seed(OPERATOR));
        assertEquals(Optional.empty(), seeder(marketplace, seeds.resolve("missing")).seed(OPERATOR));
        assertEquals(Optional.empty(), new Seeder(marketplace.catalog, null, marketplace.storage).seed(OPERATOR));
        assertFalse(Files.exists(marketplace.storage.resolve("local-publisher")));
        assertEquals(List.of(), marketplace.catalog.publishers(OPERATOR));
    }

    @EachDatabase
    void theRuntimeIsMadeToTrustTheLocalPublisherOnce(Marketplace marketplace) throws Exception {
        Path seeds = seeds(marketplace);
        connector(seeds, "http.jar", "http", "1.0.0");
        Publisher publisher = seeder(marketplace, seeds).seed(OPERATOR).orElseThrow();
        FakeInstaller installer = new FakeInstaller();

        Seeder.trust(installer, OPERATOR, publisher);
        Seeder.trust(installer, OPERATOR, publisher);

        assertEquals(List.of("local " + publisher.id() + " " + publisher.fingerprint()), installer.trustCalls);
    }

    private static Seeder seeder(Marketplace marketplace, Path seeds) {
        return new Seeder(marketplace.catalog, seeds, marketplace.storage.resolve("local-publisher"));
    }

    private static Path seeds(Marketplace marketplace) throws Exception {
        return Files.createDirectories(marketplace.uploads.resolve("seed"));
    }

    private static void connector(Path seeds, String file, String id, String version) throws Exception {
        Files.move(TestJars.connector(seeds, id, version), seeds.resolve(file));
    }

    private static void integration(Path seeds, String file, String id, String version) throws Exception {
        ObjectNode descriptor = TestJars.descriptor(id, version);
        descriptor.putArray("dependencies").addObject().put("listingId", "http").put("range", "[1.0,2.0)");
        Files.move(TestJars.jar(seeds, Kind.INTEGRATION, descriptor), seeds.resolve(file));
    }
}
