package io.tributary.plugins.internal.marketplace;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.tenancy.Caller;
import io.tributary.store.jdbc.Database;

/**
 * The marketplace installer, wired from its parts: operators only (but for the platform's own calls), and one
 * change of the runtime at a time, so that what a plan found installed is still so when it is carried out.
 */
final class MarketplaceRuntime implements MarketplaceInstaller {

    /** What the runtime is built on: the framework's services, or fakes in tests. */
    record Parts(Database database, Supplier<List<MarketplaceSource>> sources, ConnectorRegistry registry,
                 FeatureDeployer deployer, BundleStarts starts, Supplier<List<ConnectorUsage>> usages,
                 RuntimeRepository repository, Clock clock, Duration startTimeout) {
    }

    private final Object changes = new Object();
    private final Trust trust;
    private final Installations installations;
    private final Removal removal;
    private final InstalledView view;
    private final Descriptors descriptors;

    MarketplaceRuntime(Parts parts) {
        parts.repository().clearDownloads();
        Marketplaces marketplaces = new Marketplaces(parts.sources());
        InstalledTable table = new InstalledTable(parts.database());
        trust = new Trust(new TrustedTable(parts.database()), marketplaces, parts.clock());
        ArtifactVerifier verifier = new ArtifactVerifier(trust);
        Deployment deployment = new Deployment(parts.deployer(), parts.starts(), parts.repository(),
                parts.startTimeout());
        view = new InstalledView(table, marketplaces, parts.repository(), parts.starts());
        Dependents dependents = new Dependents(table, parts.repository(), parts.registry());
        installations = new Installations(marketplaces, new InstallPlanner(marketplaces, table, parts.registry()),
                verifier, deployment, parts.repository(), table, view, dependents, parts.registry(), parts.clock());
        removal = new Removal(table, view, dependents, deployment, parts.registry(),
                new ConnectorUsers(parts.usages()));
        descriptors = new Descriptors(table, marketplaces, verifier, parts.repository());
    }

    @Override
    public InstallResult install(Caller caller, String listingId, String version) {
        requireOperator(caller, "install from marketplaces");
        synchronized (changes) {
            return installations.install(caller.username(), listingId, version);
        }
    }

    @Override
    public List<InstalledItem> installed(Caller caller) {
        requireOperator(caller, "see what is installed from marketplaces");
        return view.list();
    }

    @Override
    public InstallResult upgrade(Caller caller, String listingId, String version) {
        requireOperator(caller, "upgrade marketplace installs");
        synchronized (changes) {
            return installations.upgrade(caller.username(), listingId, version);
        }
    }

    @Override
    public void uninstall(Caller caller, String listingId, boolean force) {
        requireOperator(caller, "uninstall marketplace installs");
        synchronized (changes) {
            removal.uninstall(listingId, force);
        }
    }

    @Override
    public List<TrustedPublisher> trustedPublishers(Caller caller) {
        requireOperator(caller, "see the trusted publishers");
        return trust.list();
    }

    @Override
    public TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint) {
        requireOperator(caller, "trust publishers");
        return trust.trust(caller.username(), marketplace, publisherId, fingerprint);
    }

    @Override
    public void distrust(Caller caller, String publisherId) {
        requireOperator(caller, "distrust publishers");
        trust.distrust(publisherId);
    }

    @Override
    public InstalledItem ensureInstalled(String listingId, String range) {
        synchronized (changes) {
            return installations.ensureInstalled(listingId, range);
        }
    }

    @Override
    public ObjectNode descriptor(String listingId, String version) {
        return descriptors.descriptor(listingId, version);
    }

    private static void requireOperator(Caller caller, String what) {
        if (caller == null || !caller.operator()) {
            throw Problems.forbidden("only platform operators " + what);
        }
    }
}
