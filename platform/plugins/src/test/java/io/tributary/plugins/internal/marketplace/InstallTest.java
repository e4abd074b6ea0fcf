package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.MarketplaceFixture.operator;
import static io.tributary.plugins.internal.marketplace.Refusals.fields;
import static io.tributary.plugins.internal.marketplace.Refusals.message;
import static io.tributary.plugins.internal.marketplace.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.Problem;
import io.tributary.store.testing.EachDatabase;

class InstallTest {

    private static final Dependency NEEDS_DEP = new Dependency("dep", "[1.0,2.0)");

    @EachDatabase
    void installPlansTheDependencyFirstAndKarafInstallsExactlyTheVerifiedFiles(MarketplaceFixture f)
            throws Exception {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "dep", "1.1.0");
        f.local.publish(f.acme, "dep", "2.0.0");
        ListingVersion app = f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();

        InstallResult result = f.installer.install(operator(), "app", null);

        assertEquals(List.of("dep 1.1.0", "app 1.0.0"), result.installed().stream()
                .map(item -> item.listingId() + " " + item.version()).toList());
        assertEquals(result.item(), result.installed().get(1));
        assertEquals(List.of("platform", "alice"), result.installed().stream().map(InstalledItem::installedBy)
                .toList());
        assertEquals(Kind.CONNECTOR, result.item().kind());
        assertEquals(f.karaf.bundleId("io.test.app", "1.0.0"), result.item().bundleId());
        assertEquals(List.of(Set.of("tributary-marketplace-dep/1.1.0", "tributary-marketplace-app/1.0.0")),
                f.karaf.installCalls, "one resolution for the whole plan");

        Path jar = f.repository.jar("app", "1.0.0");
        assertEquals(app.sha256(), FakeSource.sha256(Files.readAllBytes(jar)));
        String xml = Files.readString(f.repository.featuresXml("app", "1.0.0"));
        assertTrue(xml.contains("<feature name=\"tributary-marketplace-app\" version=\"1.0.0\">"), xml);
        assertTrue(xml.contains("<feature version=\"[1.0.0,2.0.0)\" dependency=\"true\">tributary-marketplace-dep"
                + "</feature>"), xml);
        assertTrue(xml.contains("<bundle>" + jar.toUri() + "</bundle>"), xml);

        assertEquals(Map.of("app", "alice", "dep", "platform"), f.database.rows("marketplace_installed").stream()
                .collect(Collectors.toMap(row -> row.get("listing_id"), row -> row.get("installed_by"))));
        assertEquals(List.of("dep 1.1.0", "app 1.0.0"), f.local.counted);
        assertTrue(f.files().stream().noneMatch(file -> file.startsWith("downloads/")), "downloads: " + f.files());
    }

    @EachDatabase
    void anUntrustedPublisherIsRefusedBeforeAnythingIsDeployed(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "app", "1.0.0");

        Problem problem = refusal(() -> f.installer.install(operator(), "app", "1.0.0"));

        assertEquals(422, problem.status());
        assertEquals("publisher Acme (p-acme, key " + f.acme.fingerprint() + ") is not trusted on this runtime: an"
                + " operator trusts it with POST /api/v1/marketplace/trusted-publishers",
                message(problem, "publisher"));
        assertNothingLeft(f);
    }

    @EachDatabase
    void oneChangedByteFailsTheChecksumOfTheWholePlan(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();
        byte[] tampered = f.local.artifact("dep", "1.0.0").clone();
        tampered[tampered.length / 2] ^= 1;
        f.local.serve("dep", "1.0.0", tampered);

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertEquals(422, problem.status());
        assertEquals(List.of("artifact"), fields(problem));
        assertTrue(message(problem, "artifact").startsWith("its SHA-256 " + FakeSource.sha256(tampered)
                + " differs from the catalog's "), problem.toString());
        assertTrue(message(problem, "artifact").endsWith("the download was changed"), problem.toString());
        assertTrue(problem.detail().contains("dep 1.0.0 from marketplace local"), problem.detail());
        assertNothingLeft(f);
    }

    @EachDatabase
    void aChangedArtifactWhoseCatalogEntryWasChangedTooFailsTheSignature(MarketplaceFixture f) throws SQLException {
        ListingVersion published = f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        byte[] tampered = f.local.artifact("app", "1.0.0").clone();
        tampered[tampered.length / 2] ^= 1;
        f.local.serve("app", "1.0.0", tampered);
        f.local.replace(withSha(published, FakeSource.sha256(tampered), published.signature()));

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertEquals(List.of("signature"), fields(problem));
        assertTrue(message(problem, "signature").contains("key pinned for publisher Acme"), problem.toString());
        assertNothingLeft(f);
    }

    @EachDatabase
    void anArtifactSignedByAnotherKeyIsRefused(MarketplaceFixture f) throws SQLException {
        TestPublisher mallory = new TestPublisher("p-acme", "Acme");
        byte[] jar = FakeSource.connectorJar("app", "1.0.0");
        f.local.publish(f.acme, jar, "app", "1.0.0", mallory.sign(jar));
        f.trustAcme();

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertEquals(List.of("signature"), fields(problem));
        assertNothingLeft(f);
    }

    @EachDatabase
    void aResolutionFailureUndoesEverythingAndSaysWhatIsMissing(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();
        f.karaf.failInstall = "Unable to resolve root: missing requirement [root] osgi.identity;"
                + " osgi.identity=tributary-marketplace-app [caused by: Unable to resolve io.test.app/1.0.0: missing"
                + " requirement [io.test.app/1.0.0] osgi.wiring.package; filter:=\"(osgi.wiring.package=com.gone)\"]]";

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertEquals(422, problem.status());
        assertEquals("Unable to resolve io.test.app/1.0.0: missing requirement [io.test.app/1.0.0]"
                + " osgi.wiring.package; filter:=\"(osgi.wiring.package=com.gone)\"", message(problem, "resolution"));
        assertEquals(1, f.karaf.installCalls.size());
        assertTrue(f.karaf.repositories.isEmpty(), "repositories: " + f.karaf.repositories);
        assertEquals(List.of(), f.files());
        assertEquals(List.of(), f.database.rows("marketplace_installed"));
    }

    @EachDatabase
    void aConnectorThatDoesNotBecomeActiveIsUninstalledAgainWithItsDependencies(MarketplaceFixture f)
            throws SQLException {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();
        f.karaf.neverActive = "io.test.app";

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertTrue(message(problem, "activation").contains("its activate method failed"), problem.toString());
        assertTrue(f.karaf.features.isEmpty(), "features: " + f.karaf.features);
        assertTrue(f.karaf.bundles.isEmpty(), "bundles: " + f.karaf.bundles);
        assertTrue(f.karaf.repositories.isEmpty());
        assertEquals(List.of(), f.files());
        assertEquals(List.of(), f.database.rows("marketplace_installed"));
    }

    @EachDatabase
    void aYankedVersionIsRefusedAndADeprecatedOneInstalledWithAWarning(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.local.publish(f.acme, "app", "1.1.0");
        f.trustAcme();
        f.local.setStatus("app", "1.1.0", VersionStatus.YANKED, "leaks passwords");
        f.local.setStatus("app", "1.0.0", VersionStatus.DEPRECATED, "use 2.x");

        Problem yanked = refusal(() -> f.installer.install(operator(), "app", "1.1.0"));
        InstallResult result = f.installer.install(operator(), "app", null);

        assertEquals(409, yanked.status());
        assertTrue(yanked.detail().contains("leaks passwords"), yanked.detail());
        assertEquals("1.0.0", result.item().version());
        assertEquals(List.of("app 1.0.0 is deprecated (use 2.x)"), result.warnings());
    }

    @EachDatabase
    void anotherVersionInstalledAsksForAnUpgradeAndUnknownListingsAreNotFound(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.local.publish(f.acme, "app", "1.1.0");
        f.trustAcme();
        f.installer.install(operator(), "app", "1.0.0");

        assertEquals(409, refusal(() -> f.installer.install(operator(), "app", "1.1.0")).status());
        assertEquals(404, refusal(() -> f.installer.install(operator(), "nothing", null)).status());
        assertEquals(404, refusal(() -> f.installer.install(operator(), "../etc", null)).status());
    }

    @EachDatabase
    void aDependencyNoMarketplaceOffersInRangeIsNamed(MarketplaceFixture f) {
        f.local.publish(f.acme, "dep", "2.0.0");
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertEquals("app 1.0.0 needs dep [1.0,2.0): no marketplace offers an installable version in that range",
                message(problem, "dependencies"));
    }

    @EachDatabase
    void aConnectorUploadedByHandSatisfiesADependency(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.connectors.add("dep", "1.4.0", 7);
        f.trustAcme();

        InstallResult result = f.installer.install(operator(), "app", null);

        assertEquals(List.of("app"), result.installed().stream().map(InstalledItem::listingId).toList());
    }

    @EachDatabase
    void dependencyCyclesAreRefused(MarketplaceFixture f) {
        f.local.publish(f.acme, "dep", "1.0.0", new Dependency("app", "[1.0,2.0)"));
        f.local.publish(f.acme, "app", "1.0.0", NEEDS_DEP);
        f.trustAcme();

        Problem problem = refusal(() -> f.installer.install(operator(), "app", null));

        assertTrue(message(problem, "dependencies").endsWith("app → dep → app"), problem.toString());
    }

    @EachDatabase
    void onlyOperatorsInstall(MarketplaceFixture f) {
        assertEquals(403, refusal(() -> f.installer.install(MarketplaceFixture.tenantAdmin(), "app", null))
                .status());
        assertEquals(403, refusal(() -> f.installer.installed(MarketplaceFixture.tenantAdmin())).status());
    }

    private static ListingVersion withSha(ListingVersion version, String sha256, String signature) {
        return new ListingVersion(version.listingId(), version.version(), sha256, version.size(), signature,
                version.publisherId(), version.platformRange(), version.dependencies(), version.changelog(),
                version.publishedAt(), version.installs(), version.status(), version.statusReason());
    }

    private static void assertNothingLeft(MarketplaceFixture f) throws SQLException {
        assertTrue(f.karaf.untouched(), "Karaf was touched");
        assertEquals(List.of(), f.files());
        assertEquals(List.of(), f.database.rows("marketplace_installed"));
    }
}
