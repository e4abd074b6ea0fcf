package io.tributary.marketplace.internal.catalog;

import static io.tributary.marketplace.internal.catalog.Marketplace.ADMIN;
import static io.tributary.marketplace.internal.catalog.Marketplace.MEMBER;
import static io.tributary.marketplace.internal.catalog.Marketplace.OPERATOR;
import static io.tributary.marketplace.internal.catalog.Marketplace.OTHER_ADMIN;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.fields;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.util.List;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.store.testing.EachDatabase;

class VersionStatusTest {

    @EachDatabase
    void versionsAreNewestFirstInNumericOrder(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.9.0", "1.10.0", "1.2.3", "0.9.12");

        assertEquals(List.of("1.10.0", "1.9.0", "1.2.3", "0.9.12"), versions(marketplace));
        assertEquals(versions(marketplace), marketplace.catalog.listing(MEMBER, "crm").versions().stream()
                .map(ListingVersion::version).toList());
        assertEquals("1.10.0", marketplace.catalog.listing(MEMBER, "crm").listing().latestVersion());
        assertEquals(List.of(), marketplace.catalog.versions("nope"));
        problem(404, () -> marketplace.catalog.listing(MEMBER, "nope"));
    }

    @EachDatabase
    void aDeprecatedVersionStaysInstallableAndLatest(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.0.0", "1.1.0");

        ListingVersion deprecated = marketplace.catalog.deprecate(ADMIN, "crm", "1.1.0", "  Use 2.x  ");

        assertEquals(VersionStatus.DEPRECATED, deprecated.status());
        assertEquals("Use 2.x", deprecated.statusReason());
        assertEquals(deprecated, marketplace.catalog.version("crm", "1.1.0"));
        assertEquals("1.1.0", marketplace.catalog.listing(MEMBER, "crm").listing().latestVersion());
    }

    @EachDatabase
    void yankingTheLatestMakesTheNextHighestLatestAndYankingAllLeavesNone(Marketplace marketplace)
            throws Exception {
        publishVersions(marketplace, "1.0.0", "1.1.0", "1.2.0");

        ListingVersion yanked = marketplace.catalog.yank(ADMIN, "crm", "1.2.0", "Corrupts data");
        String afterOne = marketplace.catalog.listing(MEMBER, "crm").listing().latestVersion();
        marketplace.catalog.yank(OPERATOR, "crm", "1.0.0", null);
        marketplace.catalog.yank(ADMIN, "crm", "1.1.0", null);

        assertEquals(VersionStatus.YANKED, yanked.status());
        assertFalse(yanked.status().installable());
        assertEquals("Corrupts data", yanked.statusReason());
        assertEquals("1.1.0", afterOne);
        assertNull(marketplace.catalog.listing(MEMBER, "crm").listing().latestVersion());
    }

    @EachDatabase
    void yankingTwiceChangesNothingAndAYankedVersionCannotBeDeprecated(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.0.0");
        ListingVersion first = marketplace.catalog.yank(ADMIN, "crm", "1.0.0", "Broken");

        ListingVersion again = marketplace.catalog.yank(ADMIN, "crm", "1.0.0", "Other reason");

        assertEquals(first, again);
        assertEquals(List.of("version"), fields(problem(409,
                () -> marketplace.catalog.deprecate(ADMIN, "crm", "1.0.0", null))));
    }

    @EachDatabase
    void onlyThePublisherOrAnOperatorChangesAStatusWithAShortReason(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.0.0");

        problem(403, () -> marketplace.catalog.yank(OTHER_ADMIN, "crm", "1.0.0", null));
        problem(403, () -> marketplace.catalog.deprecate(MEMBER, "crm", "1.0.0", null));
        problem(404, () -> marketplace.catalog.yank(ADMIN, "crm", "9.9.9", null));
        problem(404, () -> marketplace.catalog.yank(ADMIN, "nope", "1.0.0", null));
        assertEquals(List.of("reason"), fields(problem(422,
                () -> marketplace.catalog.deprecate(ADMIN, "crm", "1.0.0", "x".repeat(501)))));

        assertEquals(VersionStatus.ACTIVE, marketplace.catalog.version("crm", "1.0.0").status());
        assertEquals(VersionStatus.DEPRECATED,
                marketplace.catalog.deprecate(ADMIN, "crm", "1.0.0", "x".repeat(500)).status());
    }

    @EachDatabase
    void installsAreCountedOnTheVersionAndTheListing(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.0.0", "1.1.0");

        marketplace.catalog.countInstall("crm", "1.0.0");
        marketplace.catalog.countInstall("crm", "1.1.0");
        marketplace.catalog.countInstall("crm", "1.1.0");

        assertEquals(1, marketplace.catalog.version("crm", "1.0.0").installs());
        assertEquals(2, marketplace.catalog.version("crm", "1.1.0").installs());
        assertEquals(3, marketplace.catalog.listing(MEMBER, "crm").listing().installs());
        problem(404, () -> marketplace.catalog.countInstall("crm", "2.0.0"));
    }

    @EachDatabase
    void anArtifactMissingFromStorageIsNotFound(Marketplace marketplace) throws Exception {
        publishVersions(marketplace, "1.0.0");
        Files.delete(marketplace.catalog.artifact("crm", "1.0.0"));

        problem(404, () -> marketplace.catalog.artifact("crm", "1.0.0"));
        problem(404, () -> marketplace.catalog.artifact("crm", "2.0.0"));
        problem(404, () -> marketplace.catalog.version("crm", "2.0.0"));
    }

    private static void publishVersions(Marketplace marketplace, String... versions) throws Exception {
        Publisher acme = marketplace.publisher(ADMIN, "Acme");
        for (String version : versions) {
            marketplace.publish(ADMIN, acme, marketplace.connector("crm", version));
        }
    }

    private static List<String> versions(Marketplace marketplace) {
        return marketplace.catalog.versions("crm").stream().map(ListingVersion::version).toList();
    }
}
