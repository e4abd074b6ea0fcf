package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.VersionRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/**
 * Which installed items need another one, as their features repositories say: what an uninstall or upgrade of it
 * would break. A connector installed otherwise (by hand) that still satisfies the range breaks nothing.
 */
final class Dependents {

    private static final Logger LOG = LoggerFactory.getLogger(Dependents.class);

    private final InstalledTable table;
    private final RuntimeRepository repository;
    private final ConnectorRegistry registry;

    Dependents(InstalledTable table, RuntimeRepository repository, ConnectorRegistry registry) {
        this.table = table;
        this.repository = repository;
        this.registry = registry;
    }

    /**
     * Items that need {@code row} (bundle {@code bundleId}) and would not be satisfied once it is replaced by
     * {@code replacement}.
     *
     * @param replacement the version it is upgraded to, or null when it is uninstalled
     * @return each as "kind id version"
     */
    List<String> brokenBy(InstalledRow row, long bundleId, String replacement) {
        List<String> broken = new ArrayList<>();
        for (InstalledRow other : table.list()) {
            if (other.listingId().equals(row.listingId())) {
                continue;
            }
            for (Dependency dependency : dependencies(other)) {
                if (dependency.listingId().equals(row.listingId()) && breaks(dependency, row, bundleId, replacement)) {
                    broken.add(other.kind().wire() + " " + other.listingId() + " " + other.version());
                }
            }
        }
        return broken;
    }

    private boolean breaks(Dependency dependency, InstalledRow row, long bundleId, String replacement) {
        VersionRange range = Versions.range(dependency.range(), "dependencies");
        if (!Versions.includes(range, row.version())
                || replacement != null && Versions.includes(range, replacement)) {
            return false;
        }
        return registry.list().stream().noneMatch(info -> info.id().equals(row.listingId())
                && info.bundleId() != bundleId && info.state() == ConnectorState.ACTIVE
                && Versions.includes(range, info.version()));
    }

    private List<Dependency> dependencies(InstalledRow row) {
        try {
            return FeaturesXml.dependencies(repository.featuresXml(row.listingId(), row.version()));
        } catch (IOException e) {
            LOG.warn("Cannot read the dependencies of {} {}: {}", row.listingId(), row.version(), e.getMessage());
            return List.of();
        }
    }
}
