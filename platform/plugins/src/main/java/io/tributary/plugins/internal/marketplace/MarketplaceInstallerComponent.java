package io.tributary.plugins.internal.marketplace;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.MarketplaceCatalog;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.Caller;
import io.tributary.plugins.internal.registry.SettlingRegistry;
import io.tributary.store.jdbc.Database;

/**
 * Publishes the {@link MarketplaceInstaller} service; the work is done by {@link MarketplaceRuntime}. The local
 * marketplace is this node's catalog while it runs one; the remote ones come from {@value MarketplacesConfig#PID}
 * and change without a restart.
 */
@Component(service = MarketplaceInstaller.class, configurationPid = MarketplacesConfig.PID)
@Designate(ocd = MarketplacesConfig.class)
public class MarketplaceInstallerComponent implements MarketplaceInstaller {

    /** How long an installed connector or integration may take to become active. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceInstallerComponent.class);

    @Reference
    private Store store;

    @Reference
    private SettlingRegistry registry;

    @Reference
    private FeaturesService features;

    // a runtime without the local marketplace installs from its remote ones only
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MarketplaceCatalog catalog;

    // every user of connectors is asked before one is removed, whenever it arrived
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ConnectorUsage> usages = List.of();

    private volatile List<MarketplaceSource> remotes = List.of();
    private MarketplaceRuntime runtime;

    @Activate
    void activate(BundleContext context, MarketplacesConfig config) {
        remotes = RemoteMarketplaces.parse(config.remotes(), LOG);
        runtime = new MarketplaceRuntime(new MarketplaceRuntime.Parts(new Database(store.dataSource()),
                this::sources, registry, new KarafFeatureDeployer(features),
                new FrameworkBundleStarts(context, registry), () -> usages, RuntimeRepository.ofKarafData(),
                Clock.systemUTC(), START_TIMEOUT));
    }

    @Modified
    void modified(MarketplacesConfig config) {
        remotes = RemoteMarketplaces.parse(config.remotes(), LOG);
    }

    private List<MarketplaceSource> sources() {
        List<MarketplaceSource> sources = new ArrayList<>();
        MarketplaceCatalog local = catalog;
        if (local != null) {
            sources.add(new LocalSource(local));
        }
        sources.addAll(remotes);
        return sources;
    }

    @Override
    public InstallResult install(Caller caller, String listingId, String version) {
        return runtime.install(caller, listingId, version);
    }

    @Override
    public List<InstalledItem> installed(Caller caller) {
        return runtime.installed(caller);
    }

    @Override
    public InstallResult upgrade(Caller caller, String listingId, String version) {
        return runtime.upgrade(caller, listingId, version);
    }

    @Override
    public void uninstall(Caller caller, String listingId, boolean force) {
        runtime.uninstall(caller, listingId, force);
    }

    @Override
    public List<TrustedPublisher> trustedPublishers(Caller caller) {
        return runtime.trustedPublishers(caller);
    }

    @Override
    public TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint) {
        return runtime.trust(caller, marketplace, publisherId, fingerprint);
    }

    @Override
    public void distrust(Caller caller, String publisherId) {
        runtime.distrust(caller, publisherId);
    }

    @Override
    public InstalledItem ensureInstalled(String listingId, String range) {
        return runtime.ensureInstalled(listingId, range);
    }

    @Override
    public ObjectNode descriptor(String listingId, String version) {
        return runtime.descriptor(listingId, version);
    }
}
