package io.tributary.plugins.internal.marketplace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.VersionRange;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/**
 * Plans what an install needs: the chosen version and, recursively, every dependency nothing installed satisfies
 * yet, each at the highest installable version in its range. A dependency is satisfied by a marketplace install in
 * range or by an active connector in range however it was installed (uploads by hand count).
 */
final class InstallPlanner {

    private final Marketplaces marketplaces;
    private final InstalledTable installed;
    private final ConnectorRegistry registry;

    InstallPlanner(Marketplaces marketplaces, InstalledTable installed, ConnectorRegistry registry) {
        this.marketplaces = marketplaces;
        this.installed = installed;
        this.registry = registry;
    }

    /**
     * @return the plan, dependencies first and {@code root} last
     * @throws io.tributary.api.problem.ProblemException 422 naming {@code dependencies} when one cannot be met
     */
    List<PlannedItem> plan(Candidate root) {
        Map<String, PlannedItem> planned = new LinkedHashMap<>();
        visit(root, planned, new ArrayDeque<>());
        return List.copyOf(planned.values());
    }

    private void visit(Candidate candidate, Map<String, PlannedItem> planned, Deque<String> path) {
        path.addLast(candidate.listingId());
        List<Dependency> featureDependencies = new ArrayList<>();
        for (Dependency dependency : candidate.version().dependencies()) {
            String needs = candidate.label() + " needs " + dependency.listingId() + " " + dependency.range();
            VersionRange range = range(dependency, needs);
            if (path.contains(dependency.listingId())) {
                throw unmet(needs + ", which needs it in turn: " + String.join(" → ", path) + " → "
                        + dependency.listingId());
            }
            PlannedItem already = planned.get(dependency.listingId());
            if (already != null) {
                if (!Versions.includes(range, already.candidate().version().version())) {
                    throw unmet(needs + ", but another part of this install needs "
                            + already.candidate().label());
                }
                featureDependencies.add(dependency);
                continue;
            }
            Optional<InstalledRow> row = installed.find(dependency.listingId());
            if (row.isPresent() && Versions.includes(range, row.get().version())) {
                featureDependencies.add(dependency);
                continue;
            }
            if (activeConnectorIn(dependency.listingId(), range)) {
                continue;
            }
            if (row.isPresent()) {
                throw unmet(needs + ", but version " + row.get().version() + " is installed: upgrade it first");
            }
            visit(highestInRange(dependency.listingId(), range, needs), planned, path);
            featureDependencies.add(dependency);
        }
        planned.put(candidate.listingId(), new PlannedItem(candidate, featureDependencies));
        path.removeLast();
    }

    private boolean activeConnectorIn(String connectorId, VersionRange range) {
        return registry.list().stream().anyMatch(info -> info.id().equals(connectorId)
                && info.state() == ConnectorState.ACTIVE && Versions.includes(range, info.version()));
    }

    private Candidate highestInRange(String listingId, VersionRange range, String needs) {
        Optional<Marketplaces.Offer> offer = marketplaces.offering(listingId);
        Optional<ListingVersion> version = offer.flatMap(found -> Versions.highestInstallable(found.versions(), range));
        if (version.isEmpty()) {
            throw unmet(needs + ": no marketplace offers an installable version in that range");
        }
        return new Candidate(offer.get().source(), version.get());
    }

    private static VersionRange range(Dependency dependency, String needs) {
        if (!Ids.plain(dependency.listingId())) {
            throw unmet(needs + ": that is no listing id");
        }
        try {
            return Versions.range(dependency.range(), "dependencies");
        } catch (RuntimeException e) {
            throw unmet(needs + ": that is no version range");
        }
    }

    private static RuntimeException unmet(String message) {
        return Problems.invalid("dependencies", message);
    }
}
