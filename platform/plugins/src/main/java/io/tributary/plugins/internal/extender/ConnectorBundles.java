package io.tributary.plugins.internal.extender;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.api.connector.Connector;
import io.tributary.api.problem.FieldError;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;
import io.tributary.plugins.internal.descriptor.DescriptorReader;

/**
 * Picks the bundles that carry a Tributary-Connector header and reads their descriptors as soon as they are
 * installed, before any of their code runs, like Eclipse reads plugin.xml. Whatever one bundle does wrong stays
 * with that bundle: it is tracked as rejected and the others are unaffected.
 */
final class ConnectorBundles implements BundleTrackerCustomizer<Bundle> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorBundles.class);

    private final DescriptorReader reader;
    private final Runnable onChange;
    private final Map<Long, TrackedBundle> tracked = new ConcurrentHashMap<>();

    ConnectorBundles(DescriptorReader reader, Runnable onChange) {
        this.reader = reader;
        this.onChange = onChange;
    }

    /** Every connector bundle installed now, with its descriptor. */
    Collection<TrackedBundle> all() {
        return List.copyOf(tracked.values());
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        try {
            if (bundle.getHeaders("").get(Connector.DESCRIPTOR_HEADER) == null) {
                return null;
            }
            tracked.put(bundle.getBundleId(), read(bundle));
            onChange.run();
            return bundle;
        } catch (RuntimeException e) {
            LOG.warn("Cannot track connector bundle {}: {}", bundle.getBundleId(), e.toString());
            return null;
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
        try {
            TrackedBundle known = tracked.get(bundle.getBundleId());
            // an update brings new content, so the descriptor is read again
            if (known == null || known.lastModified() != bundle.getLastModified()) {
                tracked.put(bundle.getBundleId(), read(bundle));
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot re-read connector bundle {}: {}", bundle.getBundleId(), e.toString());
        }
        onChange.run();
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
        tracked.remove(bundle.getBundleId());
        onChange.run();
    }

    private TrackedBundle read(Bundle bundle) {
        long lastModified = bundle.getLastModified();
        DescriptorCheck check;
        try {
            check = reader.read(bundle);
        } catch (RuntimeException | StackOverflowError e) {
            check = new DescriptorCheck(null, List.of(new FieldError("descriptor", "could not be read: " + e)));
        }
        return new TrackedBundle(bundle, check, lastModified);
    }
}
