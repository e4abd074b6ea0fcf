package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.MarketplaceFixture.operator;
import static io.tributary.plugins.internal.marketplace.Refusals.fields;
import static io.tributary.plugins.internal.marketplace.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;

import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.problem.Problem;
import io.tributary.signing.PublisherKey;
import io.tributary.store.testing.EachDatabase;

class TrustTest {

    @EachDatabase
    void trustingPinsTheKeyTheMarketplaceServesAndIsIdempotent(MarketplaceFixture f) throws Exception {
        f.local.publish(f.acme, "app", "1.0.0");
        String colons = f.acme.fingerprint().toUpperCase().replaceAll("(..)(?!$)", "$1:");

        TrustedPublisher trusted = f.installer.trust(operator(), "local", "p-acme", colons);
        TrustedPublisher again = f.installer.trust(operator(), null, "p-acme", null);

        assertEquals(new TrustedPublisher("p-acme", "local", "Acme", f.acme.fingerprint(), "alice",
                f.clock.instant()), trusted);
        assertEquals(trusted, again);
        assertEquals(List.of(trusted), f.installer.trustedPublishers(operator()));
        String pinned = f.database.rows("marketplace_trusted_publisher").get(0).get("public_key");
        assertEquals(f.acme.fingerprint(), PublisherKey.parse(pinned).fingerprint());
    }

    @EachDatabase
    void aFingerprintOtherThanTheServedKeysIsRefused(MarketplaceFixture f) throws SQLException {
        f.local.publish(f.acme, "app", "1.0.0");

        Problem problem = refusal(() -> f.installer.trust(operator(), null, "p-acme", "00ff"));

        assertEquals(422, problem.status());
        assertEquals(List.of("fingerprint"), fields(problem));
        assertEquals(List.of(), f.database.rows("marketplace_trusted_publisher"));
    }

    @EachDatabase
    void aKeyChangedAtTheMarketplaceIsNotPinnedOverTheTrustedOne(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");
        f.trustAcme();
        TestPublisher rekeyed = new TestPublisher("p-acme", "Acme");
        f.local.rekey(rekeyed);

        Problem problem = refusal(() -> f.installer.trust(operator(), null, "p-acme", null));
        f.installer.distrust(operator(), "p-acme");
        TrustedPublisher repinned = f.installer.trust(operator(), null, "p-acme", null);

        assertEquals(409, problem.status());
        assertEquals(rekeyed.fingerprint(), repinned.fingerprint());
    }

    @EachDatabase
    void unknownMarketplacesPublishersAndCallersWhoAreNoOperatorsAreRefused(MarketplaceFixture f) {
        f.local.publish(f.acme, "app", "1.0.0");

        assertEquals(List.of("marketplace"), fields(refusal(() -> f.installer.trust(operator(), "elsewhere",
                "p-acme", null))));
        assertEquals(404, refusal(() -> f.installer.trust(operator(), null, "p-nobody", null)).status());
        assertEquals(404, refusal(() -> f.installer.distrust(operator(), "p-acme")).status());
        assertEquals(403, refusal(() -> f.installer.trust(MarketplaceFixture.tenantAdmin(), null, "p-acme", null))
                .status());
    }
}
