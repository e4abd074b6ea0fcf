package io.tributary.plugins.internal.marketplace;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;

/**
 * Which publishers this runtime installs from. Trusting pins the key the marketplace serves at that moment; a
 * marketplace that later serves another key for the publisher changes nothing here.
 */
final class Trust {

    private final TrustedTable table;
    private final Marketplaces marketplaces;
    private final Clock clock;

    Trust(TrustedTable table, Marketplaces marketplaces, Clock clock) {
        this.table = table;
        this.marketplaces = marketplaces;
        this.clock = clock;
    }

    /**
     * @param marketplace null for the local one
     * @param fingerprint what the operator checked out of band, or null
     */
    TrustedPublisher trust(String operator, String marketplace, String publisherId, String fingerprint) {
        String name = marketplace == null || marketplace.isBlank() ? MarketplaceInstaller.LOCAL : marketplace;
        MarketplaceSource source = marketplaces.named(name).orElseThrow(() -> Problems.invalid("marketplace",
                "names no marketplace configured on this runtime: " + name));
        if (!Ids.plain(publisherId)) {
            throw Problems.notFound("marketplace " + name + " has no publisher " + publisherId);
        }
        Publisher publisher = source.publisher(publisherId);
        PublisherKey key = key(name, publisher);
        if (fingerprint != null && !fingerprint.isBlank() && !normalized(fingerprint).equals(key.fingerprint())) {
            throw Problems.invalid("fingerprint", "is " + fingerprint.strip() + ", but the key marketplace " + name
                    + " serves for publisher " + publisher.name() + " has the fingerprint " + key.fingerprint()
                    + ": do not trust it until the difference is explained");
        }
        Optional<PinnedPublisher> pinned = table.find(publisherId);
        if (pinned.isPresent()) {
            TrustedPublisher trusted = pinned.get().publisher();
            if (trusted.fingerprint().equals(key.fingerprint()) && trusted.marketplace().equals(name)) {
                return trusted;
            }
            throw Problems.conflict("publisher " + trusted.name() + " (" + publisherId + ") is trusted already with"
                    + " the key " + trusted.fingerprint() + " of marketplace " + trusted.marketplace()
                    + "; marketplace " + name + " now serves the key " + key.fingerprint()
                    + ": distrust the publisher first to pin it");
        }
        TrustedPublisher trusted = new TrustedPublisher(publisherId, name, publisher.name(), key.fingerprint(),
                operator, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        table.insert(new PinnedPublisher(trusted, key.algorithm(), key.pem()));
        return trusted;
    }

    void distrust(String publisherId) {
        if (!table.delete(publisherId)) {
            throw Problems.notFound("publisher " + publisherId + " is not trusted on this runtime");
        }
    }

    List<TrustedPublisher> list() {
        return table.list();
    }

    /** The pinned key of a publisher trusted for this marketplace. */
    Optional<PinnedPublisher> pinned(String marketplace, String publisherId) {
        return table.find(publisherId).filter(pinned -> pinned.publisher().marketplace().equals(marketplace));
    }

    private static PublisherKey key(String marketplace, Publisher publisher) {
        try {
            return PublisherKey.parse(publisher.publicKey());
        } catch (KeyException e) {
            throw Problems.badGateway("marketplace " + marketplace + " serves a key for publisher " + publisher.name()
                    + " that cannot be used: it " + e.getMessage());
        }
    }

    /** Fingerprints are often written with colons or in upper case. */
    private static String normalized(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    }
}
