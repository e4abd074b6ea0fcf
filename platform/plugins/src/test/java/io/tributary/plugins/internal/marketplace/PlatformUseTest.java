package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.MarketplaceFixture.operator;
import static io.tributary.plugins.internal.marketplace.Refusals.fields;
import static io.tributary.plugins.internal.marketplace.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.InstalledItem;
import io.tributary.store.testing.EachDatabase;

class PlatformUseTest {

    @EachDatabase
    void ensureInstalledInstallsTheHighestVersionInRangeAsThePlatform(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "http", "1.0.0");
        f.local.publish(f.acme, "http", "1.3.0");
        f.local.publish(f.acme, "http", "2.0.0");
        f.trustAcme();

        InstalledItem item = f.installer.ensureInstalled("http", "[1.0,2.0)");
        InstalledItem again = f.installer.ensureInstalled("http", "1.1");

        assertEquals("1.3.0", item.version());
        assertEquals("platform", item.installedBy());
        assertEquals(item, again);
        assertEquals(1, f.karaf.installCalls.size());
        assertEquals("platform", f.database.rows("marketplace_installed").get(0).get("installed_by"));
    }

    @EachDatabase
    void ensureInstalledIsSatisfiedByAConnectorUploadedByHand(MarketplaceFixture f) {
        f.connectors.add("http", "1.2.0", 42);

        InstalledItem item = f.installer.ensureInstalled("http", "[1.0,2.0)");

        assertEquals(42, item.bundleId());
        assertNull(item.marketplace());
        assertTrue(f.karaf.untouched());
    }

    @EachDatabase
    void ensureInstalledRefusesAnInstalledVersionOutOfRange(MarketplaceFixture f) {
        f.local.publish(f.acme, "http", "1.0.0");
        f.local.publish(f.acme, "http", "2.0.0");
        f.trustAcme();
        f.installer.install(operator(), "http", "1.0.0");

        assertEquals(409, refusal(() -> f.installer.ensureInstalled("http", "[2.0,3.0)")).status());
        assertEquals(List.of("range"), fields(refusal(() -> f.installer.ensureInstalled("ftp", "1.0 and up"))));
    }

    @EachDatabase
    void theDescriptorOfAVersionNotInstalledIsReadFromAVerifiedCachedCopy(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();

        ObjectNode descriptor = f.installer.descriptor("app", "1.0.0");
        ObjectNode cached = f.installer.descriptor("app", "1.0.0");

        assertEquals("app", descriptor.path("id").asText());
        assertEquals(descriptor, cached);
        assertTrue(f.karaf.untouched());
        assertEquals(1, f.files().stream().filter(file -> file.startsWith("cache/")).count(), "" + f.files());
    }

    @EachDatabase
    void theDescriptorOfAnUntrustedPublishersVersionIsRefused(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");

        assertEquals(List.of("publisher"), fields(refusal(() -> f.installer.descriptor("app", "1.0.0"))));
        assertEquals(List.of(), f.files());
    }

    @EachDatabase
    void theDescriptorOfAnInstalledVersionIsReadFromItsInstalledCopy(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        f.installer.install(operator(), "app", null);
        f.installer.distrust(operator(), "p-acme");

        assertEquals("1.0.0", f.installer.descriptor("app", "1.0.0").path("version").asText());
    }
}
