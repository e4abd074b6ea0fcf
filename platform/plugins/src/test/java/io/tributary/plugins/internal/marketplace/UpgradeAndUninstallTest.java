package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.MarketplaceFixture.operator;
import static io.tributary.plugins.internal.marketplace.Refusals.message;
import static io.tributary.plugins.internal.marketplace.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.Problem;
import io.tributary.store.jdbc.Jdbc;
import io.tributary.store.testing.EachDatabase;

class UpgradeAndUninstallTest {

    @EachDatabase
    void installedItemsShowTheirUpdateAndWarnWhenTheirVersionWasYanked(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.local.publish(f.acme, "app", "1.1.0");
        f.local.publish(f.acme, "app", "1.2.0");
        f.local.setStatus("app", "1.2.0", VersionStatus.YANKED, null);
        f.local.setStatus("app", "1.0.0", VersionStatus.YANKED, "CVE-2026-1");

        InstalledItem item = f.installer.installed(operator()).get(0);

        assertEquals("1.1.0", item.availableUpdate());
        assertEquals("version 1.0.0 was yanked by its publisher: CVE-2026-1", item.warning());
        assertEquals("local", item.marketplace());
        assertEquals(f.karaf.bundleId("io.test.app", "1.0.0"), item.bundleId());
    }

    @EachDatabase
    void anItemWhoseBundleWasRemovedByHandIsWarnedAbout(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.karaf.bundles.clear();

        InstalledItem item = f.installer.installed(operator()).get(0);

        assertEquals(-1, item.bundleId());
        assertEquals("its bundle is no longer installed in this runtime", item.warning());
        assertNull(item.availableUpdate());
    }

    @EachDatabase
    void aMarketplaceThatFailsCostsOnlyTheUpdatesOfItsItems(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.sources.set(0, new FailingSource("local"));

        InstalledItem item = f.installer.installed(operator()).get(0);

        assertEquals("app", item.listingId());
        assertNull(item.availableUpdate());
    }

    @EachDatabase
    void upgradeInstallsTheNewVersionAndThenRemovesTheOldOne(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.local.publish(f.acme, "app", "1.1.0");

        InstallResult result = f.installer.upgrade(operator(), "app", null);

        assertEquals("1.1.0", result.item().version());
        assertEquals(List.of("1.0.0"), result.removed().stream().map(InstalledItem::version).toList());
        assertEquals(Set.of("tributary-marketplace-app/1.1.0"), f.karaf.features);
        assertEquals(Set.of(f.repository.featuresUri("app", "1.1.0")), f.karaf.repositories);
        assertEquals(List.of("repository/io/tributary/marketplace/app/1.1.0/app-1.1.0-features.xml",
                "repository/io/tributary/marketplace/app/1.1.0/app-1.1.0.jar"), f.files());
        assertEquals("1.1.0", f.database.rows("marketplace_installed").get(0).get("version"));
    }

    @EachDatabase
    void aFailedUpgradeKeepsTheOldVersion(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.local.publish(f.acme, "app", "1.1.0");
        f.karaf.neverActive = "io.test.app";

        Problem problem = refusal(() -> f.installer.upgrade(operator(), "app", "1.1.0"));

        assertEquals(422, problem.status());
        assertEquals(Set.of("tributary-marketplace-app/1.0.0"), f.karaf.features);
        assertEquals("1.0.0", f.database.rows("marketplace_installed").get(0).get("version"));
        assertTrue(f.files().contains("repository/io/tributary/marketplace/app/1.0.0/app-1.0.0.jar"));
    }

    @EachDatabase
    void anUpgradeOutOfTheRangeAnotherInstalledItemNeedsIsRefused(MarketplaceFixture f) {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "app", "1.0.0", new Dependency("dep", "[1.0,2.0)"));
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.local.publish(f.acme, "dep", "1.5.0");
        f.local.publish(f.acme, "dep", "2.0.0");

        Problem problem = refusal(() -> f.installer.upgrade(operator(), "dep", "2.0.0"));
        InstallResult result = f.installer.upgrade(operator(), "dep", "1.5.0");

        assertEquals(409, problem.status());
        assertEquals("connector app 1.0.0", message(problem, "dependents"));
        assertEquals("1.5.0", result.item().version());
    }

    @EachDatabase
    void upgradeNeedsAnInstalledItemAndAHigherVersion(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();

        assertEquals(409, refusal(() -> f.installer.upgrade(operator(), "app", null)).status());
        f.installer.install(operator(), "app", null);
        assertEquals(422, refusal(() -> f.installer.upgrade(operator(), "app", "1.0.0")).status());
        assertEquals(422, refusal(() -> f.installer.upgrade(operator(), "app", null)).status());
    }

    @EachDatabase
    void uninstallRemovesTheFeatureTheRepositoryTheFilesAndTheRow(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);

        f.installer.uninstall(operator(), "app", false);

        assertTrue(f.karaf.features.isEmpty());
        assertTrue(f.karaf.repositories.isEmpty());
        assertEquals(List.of(), f.files());
        assertEquals(List.of(), f.database.rows("marketplace_installed"));
        assertEquals(404, refusal(() -> f.installer.uninstall(operator(), "app", false)).status());
    }

    @EachDatabase
    void aConnectorInUseIsKeptUnlessForced(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.usages.add((id, version) -> id.equals("app") && version.equals("1.0.0") ? List.of("flow \"Orders\" (f-1)")
                : List.of());

        Problem problem = refusal(() -> f.installer.uninstall(operator(), "app", false));
        f.installer.uninstall(operator(), "app", true);

        assertEquals(409, problem.status());
        assertEquals("flow \"Orders\" (f-1)", message(problem, "usage"));
        assertTrue(f.karaf.features.isEmpty());
    }

    @EachDatabase
    void aConnectorAnotherInstalledItemNeedsIsKept(MarketplaceFixture f) {
        f.local.publish(f.acme, "dep", "1.0.0");
        f.local.publish(f.acme, "app", "1.0.0", new Dependency("dep", "[1.0,2.0)"));
        f.trustAcme();
        f.installer.install(operator(), "app", null);

        Problem problem = refusal(() -> f.installer.uninstall(operator(), "dep", true));

        assertEquals(409, problem.status());
        assertEquals("connector app 1.0.0", message(problem, "dependents"));
        f.connectors.add("dep", "1.5.0", 9);
        f.installer.uninstall(operator(), "dep", false);
    }

    @EachDatabase
    void anIntegrationInstalledInTenantsIsKept(MarketplaceFixture f) throws SQLException {
        byte[] jar = FakeSource.integrationJar("sync", "1.0.0");
        f.local.publish(f.acme, jar, "sync", "1.0.0", f.acme.sign(jar));
        f.trustAcme();
        f.installer.install(operator(), "sync", null);
        installIntoTenant(f, "t-1", "sync");
        installIntoTenant(f, "t-2", "sync");

        Problem problem = refusal(() -> f.installer.uninstall(operator(), "sync", true));

        assertEquals(409, problem.status());
        assertEquals("integration sync 1.0.0 is installed in 2 tenants: they uninstall it first", problem.detail());
    }

    private static void installIntoTenant(MarketplaceFixture f, String tenantId, String listingId)
            throws SQLException {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        try (Connection c = f.database.dataSource().getConnection()) {
            Jdbc.update(c, "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)", tenantId, tenantId, now);
            Jdbc.update(c, "INSERT INTO workspace (id, tenant_id, name, sandbox, created_at) VALUES (?, ?, ?, ?, ?)",
                    "w-" + tenantId, tenantId, "Sync", false, now);
            Jdbc.update(c, "INSERT INTO integration (id, tenant_id, workspace_id, listing_id, version, name,"
                    + " settings_json, slots_json, installed_by, installed_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "i-" + tenantId, tenantId, "w-" + tenantId,
                    listingId, "1.0.0", "Sync", "{}", "{}", "alice", now, now);
        }
    }

    /** A marketplace that cannot be reached. */
    private record FailingSource(String name) implements MarketplaceSource {

        @Override
        public List<ListingVersion> versions(String listingId) {
            throw unreachable();
        }

        @Override
        public Publisher publisher(String publisherId) {
            throw unreachable();
        }

        @Override
        public void download(String listingId, String version, Path target) {
            throw unreachable();
        }

        @Override
        public void countInstall(String listingId, String version) {
            throw unreachable();
        }

        private RuntimeException unreachable() {
            return Problems.badGateway("marketplace " + name + " cannot be reached");
        }
    }
}
