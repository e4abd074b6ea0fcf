package io.tributary.plugins.internal.marketplace;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.VersionRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/**
 * Installs and upgrades: choose the version, plan its dependencies, verify every artifact, then let Karaf install
 * them together, and record them only once they run. The caller holds the installer's lock.
 */
final class Installations {

    /** Who installed what the platform brought in: dependencies and what integrations need. */
    static final String PLATFORM = "platform";

    private static final Logger LOG = LoggerFactory.getLogger(Installations.class);

    private final Marketplaces marketplaces;
    private final InstallPlanner planner;
    private final ArtifactVerifier verifier;
    private final Deployment deployment;
    private final RuntimeRepository repository;
    private final InstalledTable table;
    private final InstalledView view;
    private final Dependents dependents;
    private final ConnectorRegistry registry;
    private final Clock clock;

    Installations(Marketplaces marketplaces, InstallPlanner planner, ArtifactVerifier verifier, Deployment deployment,
            RuntimeRepository repository, InstalledTable table, InstalledView view, Dependents dependents,
            ConnectorRegistry registry, Clock clock) {
        this.marketplaces = marketplaces;
        this.planner = planner;
        this.verifier = verifier;
        this.deployment = deployment;
        this.repository = repository;
        this.table = table;
        this.view = view;
        this.dependents = dependents;
        this.registry = registry;
        this.clock = clock;
    }

    InstallResult install(String installedBy, String listingId, String version) {
        Optional<InstalledRow> installed = table.find(listingId);
        if (installed.isPresent()) {
            String what = listingId + " " + installed.get().version();
            throw Problems.conflict(installed.get().version().equals(version) ? what + " is installed already"
                    : what + " is installed: upgrade it instead");
        }
        Marketplaces.Offer offer = offer(listingId);
        Candidate root = new Candidate(offer.source(), choose(offer, listingId, version));
        return carryOut(planner.plan(root), installedBy, null);
    }

    InstallResult upgrade(String installedBy, String listingId, String version) {
        InstalledRow old = table.find(listingId).orElseThrow(() -> Problems.conflict(listingId
                + " is not installed from a marketplace: install it instead"));
        Marketplaces.Offer offer = marketplaces.named(old.marketplace())
                .map(source -> new Marketplaces.Offer(source, source.versions(listingId)))
                .filter(found -> !found.versions().isEmpty())
                .orElseGet(() -> offer(listingId));
        ListingVersion chosen = version == null || version.isBlank()
                ? Versions.update(offer.versions(), old.version()).orElseThrow(() -> Problems.invalid("version",
                        "is not given, and " + old.version() + " is the highest installable version already"))
                : choose(offer, listingId, version);
        if (Versions.of(chosen.version()).compareTo(Versions.of(old.version())) <= 0) {
            throw Problems.invalid("version", chosen.version() + " is not higher than the installed version "
                    + old.version());
        }
        List<String> broken = dependents.brokenBy(old, view.bundleId(old), chosen.version());
        if (!broken.isEmpty()) {
            throw Problems.conflict(listingId + " " + chosen.version() + " would not satisfy what "
                    + String.join(", ", broken) + " needs of it: upgrade those first", "dependents", broken);
        }
        return carryOut(planner.plan(new Candidate(offer.source(), chosen)), installedBy, old);
    }

    InstalledItem ensureInstalled(String listingId, String range) {
        VersionRange wanted = Versions.range(range, "range");
        Optional<InstalledRow> installed = table.find(listingId);
        if (installed.isPresent()) {
            InstalledRow row = installed.get();
            if (!Versions.includes(wanted, row.version())) {
                throw Problems.conflict(listingId + " " + row.version() + " is installed, but " + wanted
                        + " is needed: an operator upgrades it first");
            }
            return InstalledView.item(row, view.bundleId(row));
        }
        Optional<ConnectorInfo> byHand = registry.list().stream()
                .filter(info -> info.id().equals(listingId) && info.state() == ConnectorState.ACTIVE
                        && Versions.includes(wanted, info.version()))
                .max(Comparator.comparing(info -> Versions.of(info.version())));
        if (byHand.isPresent()) {
            // installed by hand, not from a marketplace: nothing is known of where it came from
            return new InstalledItem(listingId, Kind.CONNECTOR, byHand.get().version(), null, null, null,
                    byHand.get().bundleId(), null, null, null, null);
        }
        Marketplaces.Offer offer = offer(listingId);
        ListingVersion chosen = Versions.highestInstallable(offer.versions(), wanted).orElseThrow(() ->
                Problems.invalid("range", "no marketplace offers an installable version of " + listingId + " in "
                        + wanted));
        return carryOut(planner.plan(new Candidate(offer.source(), chosen)), PLATFORM, null).item();
    }

    private InstallResult carryOut(List<PlannedItem> plan, String installedBy, InstalledRow old) {
        List<VerifiedArtifact> verified = verifier.fetchAll(plan, repository);
        Deployment.Deployed deployed = deployment.deploy(verified);
        if (old != null) {
            retire(old, deployed);
        }
        List<InstalledRow> rows = rows(verified, installedBy);
        try {
            table.record(old == null ? null : old.listingId(), rows);
        } catch (RuntimeException e) {
            if (old != null) {
                reinstall(old);
            }
            deployed.rollback();
            throw e;
        }
        if (old != null) {
            deployment.removeFiles(old);
        }
        verified.forEach(Installations::countInstall);
        List<InstalledItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(InstalledView.item(rows.get(i), deployed.bundleIds().get(i)));
        }
        List<InstalledItem> removed = old == null ? List.of() : List.of(InstalledView.item(old, -1));
        return new InstallResult(items.get(items.size() - 1), items, removed, warnings(verified));
    }

    /** Uninstalls the version an upgrade replaces; when that fails, the new one goes and the old one stays. */
    private void retire(InstalledRow old, Deployment.Deployed deployed) {
        try {
            deployment.uninstallFeature(old);
        } catch (Exception e) {
            deployed.rollback();
            throw Problems.invalid("version", "the upgrade was undone: " + old.listingId() + " " + old.version()
                    + " could not be uninstalled: " + KarafMessages.readable(e));
        }
    }

    private void reinstall(InstalledRow old) {
        try {
            deployment.reinstallFeature(old);
        } catch (Exception e) {
            LOG.error("{} {} could not be installed again after a failed upgrade: {}", old.listingId(),
                    old.version(), e.toString());
        }
    }

    private List<InstalledRow> rows(List<VerifiedArtifact> verified, String installedBy) {
        List<InstalledRow> rows = new ArrayList<>();
        for (int i = 0; i < verified.size(); i++) {
            Candidate candidate = verified.get(i).candidate();
            ListingVersion version = candidate.version();
            rows.add(new InstalledRow(candidate.listingId(), verified.get(i).facts().kind(), version.version(),
                    candidate.source().name(), version.publisherId(), version.sha256().toLowerCase(Locale.ROOT),
                    repository.featuresUri(candidate.listingId(), version.version()).toString(),
                    RuntimeRepository.featureName(candidate.listingId()),
                    i == verified.size() - 1 ? installedBy : PLATFORM,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return rows;
    }

    private Marketplaces.Offer offer(String listingId) {
        if (!Ids.plain(listingId)) {
            throw Problems.notFound("no marketplace offers a listing " + listingId);
        }
        return marketplaces.offering(listingId).orElseThrow(() -> Problems.notFound("no marketplace offers a listing "
                + listingId));
    }

    /** The version asked for, or the highest installable one. */
    private static ListingVersion choose(Marketplaces.Offer offer, String listingId, String version) {
        if (version == null || version.isBlank()) {
            return Versions.highestInstallable(offer.versions(), Versions.range(null, "version"))
                    .orElseThrow(() -> Problems.conflict("every version of " + listingId + " was yanked"));
        }
        ListingVersion found = Versions.find(offer.versions(), version).orElseThrow(() -> Problems.notFound(
                "marketplace " + offer.source().name() + " has no version " + version + " of " + listingId));
        if (!found.status().installable()) {
            throw Problems.conflict(listingId + " " + version + " was yanked" + reason(found)
                    + ": it cannot be installed any more");
        }
        return found;
    }

    private static List<String> warnings(List<VerifiedArtifact> verified) {
        return verified.stream().map(VerifiedArtifact::candidate)
                .filter(candidate -> candidate.version().status() == VersionStatus.DEPRECATED)
                .map(candidate -> candidate.label() + " is deprecated" + reason(candidate.version()))
                .toList();
    }

    private static String reason(ListingVersion version) {
        return version.statusReason() == null || version.statusReason().isBlank() ? ""
                : " (" + version.statusReason() + ")";
    }

    private static void countInstall(VerifiedArtifact artifact) {
        Candidate candidate = artifact.candidate();
        try {
            candidate.source().countInstall(candidate.listingId(), candidate.version().version());
        } catch (RuntimeException e) {
            LOG.info("Marketplace {} did not count the install of {}: {}", candidate.source().name(),
                    candidate.label(), e.getMessage());
        }
    }
}
