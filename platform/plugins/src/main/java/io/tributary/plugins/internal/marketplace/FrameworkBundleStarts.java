package io.tributary.plugins.internal.marketplace;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Version;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.plugins.internal.registry.SettlingRegistry;

/** {@link BundleStarts} on the running framework, with the connector registry's verdict for connectors. */
final class FrameworkBundleStarts implements BundleStarts {

    private final BundleContext context;
    private final SettlingRegistry registry;

    FrameworkBundleStarts(BundleContext context, SettlingRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    @Override
    public long bundleId(String symbolicName, String bundleVersion) {
        Bundle bundle = find(symbolicName, bundleVersion);
        return bundle == null ? -1 : bundle.getBundleId();
    }

    @Override
    public Optional<String> awaitActive(JarFacts facts, Duration timeout) throws InterruptedException {
        Bundle bundle = find(facts.symbolicName(), facts.bundleVersion());
        if (bundle == null) {
            return Optional.of("bundle " + facts.symbolicName() + " " + facts.bundleVersion() + " was not installed");
        }
        if (facts.kind() == Kind.CONNECTOR) {
            Optional<ConnectorInfo> info = registry.awaitSettled(bundle.getBundleId(), timeout);
            if (info.isEmpty()) {
                return Optional.of("the registry has no connector in bundle " + bundle.getBundleId());
            }
            return info.get().state() == ConnectorState.ACTIVE ? Optional.empty()
                    : Optional.of("connector " + info.get().id() + " " + info.get().version() + " is not active"
                            + " after " + timeout.toSeconds() + " s: " + info.get().reason());
        }
        return awaitBundleActive(bundle, timeout);
    }

    private Optional<String> awaitBundleActive(Bundle bundle, Duration timeout) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        BundleListener listener = event -> {
            if (event.getBundle().getBundleId() == bundle.getBundleId() && bundle.getState() == Bundle.ACTIVE) {
                started.countDown();
            }
        };
        context.addBundleListener(listener);
        try {
            if (bundle.getState() == Bundle.ACTIVE || started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            return Optional.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " is not active"
                    + " after " + timeout.toSeconds() + " s");
        } finally {
            context.removeBundleListener(listener);
        }
    }

    private Bundle find(String symbolicName, String bundleVersion) {
        Version version = Version.parseVersion(bundleVersion);
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion())
                    && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        return null;
    }
}
