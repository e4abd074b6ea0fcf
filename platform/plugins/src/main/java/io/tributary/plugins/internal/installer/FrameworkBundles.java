package io.tributary.plugins.internal.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

import io.tributary.plugins.internal.extender.RequirementInspector;

/** {@link BundleOperations} on the running framework. */
final class FrameworkBundles implements BundleOperations {

    private final BundleContext context;

    FrameworkBundles(BundleContext context) {
        this.context = context;
    }

    @Override
    public boolean isInstalled(String location) {
        return context.getBundle(location) != null;
    }

    @Override
    public long install(String location, Path jar) throws BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return context.installBundle(location, in).getBundleId();
        } catch (IOException e) {
            throw new BundleException("Cannot read the bundle to install: " + e.getMessage(), e);
        }
    }

    @Override
    public void start(long bundleId) throws BundleException {
        bundle(bundleId).start();
    }

    @Override
    public List<String> missingRequirements(long bundleId) {
        return new RequirementInspector(context).missing(bundle(bundleId));
    }

    @Override
    public void remove(long bundleId, Duration timeout) throws BundleException, InterruptedException,
            TimeoutException {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            return;
        }
        // uninstall stops the bundle first; its wiring stays until the refresh below
        bundle.uninstall();
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch refreshed = new CountDownLatch(1);
        // only this bundle (and whatever is wired to it, which for a connector is nothing): never the others
        wiring.refreshBundles(Set.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("the refresh of bundle " + bundleId + " did not finish within " + timeout);
        }
    }

    private Bundle bundle(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            throw new IllegalStateException("bundle " + bundleId + " is gone");
        }
        return bundle;
    }
}
