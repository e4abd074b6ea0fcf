package io.tributary.plugins.internal.extender;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.BundleTracker;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.plugins.internal.descriptor.DescriptorReader;
import io.tributary.plugins.internal.registry.BundleFacts.ServiceKey;
import io.tributary.plugins.internal.registry.ConnectorBundle;
import io.tributary.plugins.internal.registry.ConnectorTable;
import io.tributary.plugins.internal.registry.SettlingRegistry;

/**
 * The connector extender and registry: tracks connector bundles (installed by the installer, by fileinstall from
 * {@code deploy/}, or by hand) and Connector services, and answers from both. States are computed when asked, from
 * what the framework and SCR say at that moment, so they are never stale.
 */
@Component(service = {ConnectorRegistry.class, SettlingRegistry.class}, immediate = true)
public class ConnectorExtender implements SettlingRegistry {

    // STOPPING too, so a restarting bundle stays tracked instead of having its descriptor read again
    private static final int TRACKED_STATES =
            Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

    @Reference
    private ServiceComponentRuntime scr;

    private final ChangeSignal changes = new ChangeSignal();
    private BundleFactsCollector facts;
    private ConnectorBundles connectorBundles;
    private ConnectorServices services;
    private BundleTracker<Bundle> bundleTracker;
    private StateLog stateLog;

    @Activate
    void activate(BundleContext context) {
        facts = new BundleFactsCollector(new ComponentInspector(scr), new RequirementInspector(context));
        stateLog = new StateLog(this::table);
        connectorBundles = new ConnectorBundles(new DescriptorReader(), this::changed);
        services = new ConnectorServices(context, this::changed);
        bundleTracker = new BundleTracker<>(context, TRACKED_STATES, connectorBundles);
        services.open();
        bundleTracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        bundleTracker.close();
        services.close();
        stateLog.close();
    }

    @Override
    public List<ConnectorInfo> list() {
        return table().list();
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return table().find(id, version);
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        try {
            return table().resolve(id, versionRange);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalid("not a version range: " + versionRange,
                    List.of(new FieldError("version", "is neither a version nor an OSGi version range such as "
                            + "[1.0,2.0): " + e.getMessage()))));
        }
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return table().find(id, version)
                .filter(info -> info.state() == ConnectorState.ACTIVE)
                .flatMap(info -> services.find(info.bundleId(), id, version));
    }

    @Override
    public Optional<ConnectorInfo> awaitSettled(long bundleId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = changes.generation();
            Optional<ConnectorInfo> info = table().forBundle(bundleId);
            if (info.isPresent() && info.get().state() != ConnectorState.INSTALLED) {
                return info;
            }
            if (!changes.awaitChangeAfter(seen, deadline)) {
                return table().forBundle(bundleId);
            }
        }
    }

    private void changed() {
        changes.signal();
        stateLog.changed();
    }

    private ConnectorTable table() {
        Map<Long, List<ServiceKey>> keys = services.keysByBundle();
        List<ConnectorBundle> bundles = new ArrayList<>();
        for (TrackedBundle tracked : connectorBundles.all()) {
            facts.collect(tracked, keys).ifPresent(bundles::add);
        }
        return ConnectorTable.of(bundles);
    }
}
