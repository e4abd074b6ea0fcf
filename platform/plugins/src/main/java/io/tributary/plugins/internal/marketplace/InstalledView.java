package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;

/**
 * What is installed from marketplaces, as the operator sees it: with the bundle it runs as, the update its
 * marketplace offers and a warning when the version was deprecated or yanked since, or its bundle is gone.
 */
final class InstalledView {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledView.class);

    private final InstalledTable table;
    private final Marketplaces marketplaces;
    private final RuntimeRepository repository;
    private final BundleStarts starts;

    InstalledView(InstalledTable table, Marketplaces marketplaces, RuntimeRepository repository, BundleStarts starts) {
        this.table = table;
        this.marketplaces = marketplaces;
        this.repository = repository;
        this.starts = starts;
    }

    /** Every installed item; a marketplace that cannot be asked costs its items their updates, not the list. */
    List<InstalledItem> list() {
        List<InstalledItem> items = new ArrayList<>();
        for (InstalledRow row : table.list()) {
            long bundleId = bundleId(row);
            Optional<List<ListingVersion>> versions = versionsAt(row);
            String update = versions.flatMap(all -> Versions.update(all, row.version()))
                    .map(ListingVersion::version).orElse(null);
            List<String> warnings = new ArrayList<>();
            versions.flatMap(all -> Versions.find(all, row.version()))
                    .filter(version -> version.status() != VersionStatus.ACTIVE)
                    .ifPresent(version -> warnings.add(statusWarning(version)));
            if (bundleId < 0) {
                warnings.add("its bundle is no longer installed in this runtime");
            }
            items.add(item(row, bundleId, update, warnings.isEmpty() ? null : String.join("; ", warnings)));
        }
        return items;
    }

    /** An item as an install or upgrade just made it: no update or warning yet. */
    static InstalledItem item(InstalledRow row, long bundleId) {
        return item(row, bundleId, null, null);
    }

    /** The id of the bundle an installed row runs as, or -1 when it is not in the framework (any more). */
    long bundleId(InstalledRow row) {
        try {
            JarFacts facts = JarFacts.read(repository.jar(row.listingId(), row.version()));
            return starts.bundleId(facts.symbolicName(), facts.bundleVersion());
        } catch (IOException e) {
            return -1;
        }
    }

    private Optional<List<ListingVersion>> versionsAt(InstalledRow row) {
        try {
            return marketplaces.named(row.marketplace()).map(source -> source.versions(row.listingId()));
        } catch (RuntimeException e) {
            LOG.info("Cannot look for updates of {} at marketplace {}: {}", row.listingId(), row.marketplace(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static String statusWarning(ListingVersion version) {
        String status = version.status() == VersionStatus.YANKED ? "yanked" : "deprecated";
        return "version " + version.version() + " was " + status + " by its publisher"
                + (version.statusReason() == null || version.statusReason().isBlank() ? ""
                        : ": " + version.statusReason());
    }

    private static InstalledItem item(InstalledRow row, long bundleId, String update, String warning) {
        return new InstalledItem(row.listingId(), row.kind(), row.version(), row.marketplace(), row.publisherId(),
                row.sha256(), bundleId, row.installedAt(), row.installedBy(), update, warning);
    }
}
