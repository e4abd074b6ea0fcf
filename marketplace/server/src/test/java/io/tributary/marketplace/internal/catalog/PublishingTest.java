package io.tributary.marketplace.internal.catalog;

import static io.tributary.marketplace.internal.catalog.Marketplace.ADMIN;
import static io.tributary.marketplace.internal.catalog.Marketplace.MEMBER;
import static io.tributary.marketplace.internal.catalog.Marketplace.OPERATOR;
import static io.tributary.marketplace.internal.catalog.Marketplace.OTHER_ADMIN;
import static io.tributary.marketplace.internal.catalog.Marketplace.SIGNATURE;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.fields;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.Listing;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.marketplace.internal.validation.ArtifactFacts;
import io.tributary.store.jdbc.DatabaseException;
import io.tributary.store.testing.EachDatabase;

class PublishingTest {

    @EachDatabase
    void aPassingUploadIsStoredUnderItsShaAndListedWithItsVersion(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        Path upload = marketplace.connector("crm", "1.2.0");
        byte[] bytes = Files.readAllBytes(upload);
        String sha = FakeInspector.sha256(upload);

        ListingVersion version = marketplace.catalog.publish(ADMIN, null, upload, SIGNATURE, "First release");

        assertEquals(new ListingVersion("crm", "1.2.0", sha, bytes.length, "c2lnbmVk", acme.id(),
                FakeInspector.PLATFORM_RANGE, List.of(), "First release", marketplace.clock.instant(), 0,
                VersionStatus.ACTIVE, null), version);
        assertArrayEquals(bytes, Files.readAllBytes(upload), "the upload stays as it was");
        Path stored = marketplace.storage.resolve("artifacts").resolve(sha.substring(0, 2)).resolve(sha + ".jar");
        assertEquals(List.of(stored), marketplace.files("artifacts"));
        assertArrayEquals(bytes, Files.readAllBytes(stored));
        assertEquals(List.of(), marketplace.files("incoming"));
        assertEquals(stored, marketplace.catalog.artifact("crm", "1.2.0"));
        Listing listing = marketplace.catalog.listing(MEMBER, "crm").listing();
        assertEquals(new Listing("crm", Kind.CONNECTOR, "Listing crm", "Summary of crm",
                "The description of crm, version 1.2.0", List.of("general"), null, acme.id(), "Acme", "1.2.0", 0,
                marketplace.clock.instant(), marketplace.clock.instant()), listing);
        assertEquals("listing crm\nsummary of crm\nthe description of crm, version 1.2.0",
                marketplace.rows("marketplace_listing").get(0).get("search_text"));
        Map<String, String> row = marketplace.rows("marketplace_version").get(0);
        assertEquals(List.of("1", "2", "0", "[]"),
                List.of(row.get("major"), row.get("minor"), row.get("patch"), row.get("dependencies")));
    }

    @EachDatabase
    void theInspectorGetsTheCopyTheKeyAndTheLatestArtifactsOfTheOtherListings(Marketplace marketplace)
            throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        ListingVersion other = marketplace.publish(ADMIN, acme, marketplace.connector("erp", "1.0.0"));
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0"));
        Path upload = marketplace.connector("crm", "1.1.0");

        marketplace.publish(ADMIN, acme, upload);

        FakeInspector.Call call = marketplace.inspector.calls.get(2);
        assertEquals(marketplace.storage.resolve("incoming"), call.artifact().getParent());
        assertEquals(acme.fingerprint(), call.key().fingerprint());
        assertEquals("c2lnbmVk", call.signature());
        assertEquals(List.of(marketplace.catalog.artifact("erp", other.version())), call.neighbours());
    }

    @EachDatabase
    void theChangelogComesFromTheRequestElseTheDescriptorElseIsEmpty(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        var descriptor = TestJars.descriptor("crm", "1.0.0").put("changelog", "From the descriptor");

        ListingVersion given = marketplace.catalog.publish(ADMIN, acme.id(),
                TestJars.jar(marketplace.uploads, Kind.CONNECTOR, descriptor), SIGNATURE, "From the request");
        ListingVersion described = marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads,
                Kind.CONNECTOR, descriptor.put("version", "1.0.1")));
        ListingVersion none = marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.2"));

        assertEquals(List.of("From the request", "From the descriptor", ""),
                List.of(given.changelog(), described.changelog(), none.changelog()));
    }

    @EachDatabase
    void rawSignatureBytesAreKeptAsBase64(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        byte[] raw = {(byte) 0xff, 0, 1, (byte) 0x80};

        ListingVersion version = marketplace.catalog.publish(ADMIN, acme.id(), marketplace.connector("crm", "1.0.0"),
                raw, null);

        assertEquals(Base64.getEncoder().encodeToString(raw), version.signature());
    }

    @EachDatabase
    void everyFailedCheckIsListedAndNothingIsLeftBehind(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        List<FieldError> failures = List.of(new FieldError("signature", "does not verify with Acme's key"),
                new FieldError("artifact!/../evil", "leaves the archive"),
                new FieldError("artifact", "does not resolve: missing io.example"));
        marketplace.inspector.failures.addAll(failures);
        Path upload = marketplace.connector("crm", "1.0.0");

        Problem problem = problem(422, () -> marketplace.publish(ADMIN, acme, upload));

        assertEquals(failures, problem.errors());
        assertTrue(problem.detail().contains("3 checks failed") && problem.detail().contains("leaves the archive"),
                problem.detail());
        assertEquals(List.of(), marketplace.rows("marketplace_listing"));
        assertEquals(List.of(), marketplace.rows("marketplace_version"));
        assertEquals(List.of(), marketplace.files("artifacts"));
        assertEquals(List.of(), marketplace.files("incoming"));
        assertTrue(Files.exists(upload));
    }

    @EachDatabase
    void descriptorTextsTooLongForTheCatalogAreRefusedWithTheirReason(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        var descriptor = TestJars.descriptor("crm", "1.0.0").put("summary", "s".repeat(201));

        Problem problem = problem(422, () -> marketplace.publish(ADMIN, acme,
                TestJars.jar(marketplace.uploads, Kind.CONNECTOR, descriptor)));

        assertEquals(List.of("artifact"), fields(problem));
        assertTrue(problem.errors().get(0).message().contains("summary of 201 characters"), problem::toString);
        assertEquals(List.of(), marketplace.files("artifacts"));
    }

    @EachDatabase
    void republishingAVersionIsAConflictThatNamesTheNextOne(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0"));
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.4.2"));

        Problem problem = problem(409, () -> marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0")));

        assertEquals(List.of("version"), fields(problem));
        assertTrue(problem.detail().contains("versions are immutable: publish 1.4.3"), problem.detail());
        assertEquals(2, marketplace.rows("marketplace_version").size());
        assertEquals(2, marketplace.files("artifacts").size(), "the other bytes of 1.0.0 were not kept");
        assertEquals(List.of(), marketplace.files("incoming"));
    }

    @EachDatabase
    void anotherPublishersListingIsForbidden(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        Publisher rival = marketplace.publisher(OTHER_ADMIN, "Rival");
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0"));

        problem(403, () -> marketplace.publish(OTHER_ADMIN, rival, marketplace.connector("crm", "2.0.0")));

        assertEquals(1, marketplace.rows("marketplace_version").size());
        assertEquals(1, marketplace.files("artifacts").size());
    }

    @EachDatabase
    void onlyTheRegistrantOrAnOperatorPublishesAsAPublisher(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");

        problem(403, () -> marketplace.publish(OTHER_ADMIN, acme, marketplace.connector("crm", "1.0.0")));
        problem(403, () -> marketplace.publish(MEMBER, acme, marketplace.connector("crm", "1.0.0")));
        ListingVersion byOperator = marketplace.publish(OPERATOR, acme, marketplace.connector("crm", "1.0.0"));

        assertEquals(acme.id(), byOperator.publisherId());
        assertEquals(1, marketplace.inspector.calls.size(), "refused callers' uploads are not even inspected");
    }

    @EachDatabase
    void withoutAPublisherIdTheCallerMustHaveExactlyOne(Marketplace marketplace) throws Exception {
        Problem none = problem(422, () -> marketplace.catalog.publish(ADMIN, null,
                marketplace.connector("crm", "1.0.0"), SIGNATURE, null));
        marketplace.publisher(ADMIN, "Acme");
        marketplace.publisher(ADMIN, "Acme Labs");
        Problem several = problem(422, () -> marketplace.catalog.publish(ADMIN, null,
                marketplace.connector("crm", "1.0.0"), SIGNATURE, null));
        Problem unknown = problem(422, () -> marketplace.catalog.publish(ADMIN, "pub_nope",
                marketplace.connector("crm", "1.0.0"), SIGNATURE, null));

        assertEquals(List.of("publisher"), fields(none));
        assertEquals(List.of("publisher"), fields(several));
        assertEquals(List.of("publisher"), fields(unknown));
    }

    @EachDatabase
    void aVersionOfAnotherKindThanItsListingIsRefused(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0"));

        Problem problem = problem(422, () -> marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads,
                Kind.INTEGRATION, TestJars.descriptor("crm", "1.1.0"))));

        assertEquals(List.of("artifact"), fields(problem));
    }

    @EachDatabase
    void aLowerVersionLeavesTheListingDescribedByTheHighest(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        marketplace.publish(ADMIN, acme, marketplace.connector("crm", "1.0.0"));
        var newer = TestJars.descriptor("crm", "2.0.0").put("name", "CRM Two");
        newer.putArray("categories").add("crm").add("sales");
        marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads, Kind.CONNECTOR, newer));
        marketplace.clock.advance(Duration.ofMinutes(5));

        marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads, Kind.CONNECTOR,
                TestJars.descriptor("crm", "1.5.0").put("name", "CRM One and a half")));

        Listing listing = marketplace.catalog.listing(MEMBER, "crm").listing();
        assertEquals("CRM Two", listing.name());
        assertEquals(List.of("crm", "sales"), listing.categories());
        assertEquals("2.0.0", listing.latestVersion());
        assertEquals(marketplace.clock.instant(), listing.updatedAt());
    }

    @EachDatabase
    void dependenciesAreKeptWithTheVersion(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        var descriptor = TestJars.descriptor("sync", "1.0.0");
        descriptor.putArray("dependencies").addObject().put("listingId", "jdbc").put("range", "[1.0,2.0)");

        marketplace.publish(ADMIN, acme, TestJars.jar(marketplace.uploads, Kind.INTEGRATION, descriptor));

        assertEquals(List.of(new Dependency("jdbc", "[1.0,2.0)")),
                marketplace.catalog.version("sync", "1.0.0").dependencies());
    }

    @EachDatabase
    void aFailedWriteLeavesNeitherRowsNorTheStoredFile(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        Path upload = marketplace.connector("crm", "1.0.0");
        marketplace.failingStatement = "INSERT INTO marketplace_version";

        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> marketplace.publish(ADMIN, acme, upload));

        assertTrue(failure.getMessage().contains("injected failure"), failure::toString);
        assertEquals(List.of(), marketplace.rows("marketplace_listing"));
        assertEquals(List.of(), marketplace.files("artifacts"));
        assertEquals(List.of(), marketplace.files("incoming"));
    }

    @EachDatabase
    void aFailedWriteKeepsTheStoredFileOfAnotherVersionWithTheSameBytes(Marketplace marketplace) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        Path upload = marketplace.connector("crm", "1.0.0");
        marketplace.publish(ADMIN, acme, upload);
        marketplace.inspector.adjust = facts -> new ArtifactFacts(facts.kind(), facts.id(), "1.0.1", facts.name(),
                facts.summary(), facts.description(), facts.categories(), facts.icon(), facts.platformRange(),
                facts.dependencies(), facts.changelog(), facts.sha256(), facts.size(), facts.descriptor());
        marketplace.failingStatement = "INSERT INTO marketplace_version";

        assertThrows(DatabaseException.class, () -> marketplace.publish(ADMIN, acme, upload));

        assertEquals(List.of(marketplace.catalog.artifact("crm", "1.0.0")), marketplace.files("artifacts"));
        assertEquals(List.of(), marketplace.files("incoming"));
    }
}
