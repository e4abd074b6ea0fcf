package io.tributary.plugins.internal.extender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import io.tributary.api.connector.Connector;
import io.tributary.plugins.internal.registry.BundleFacts.ServiceKey;

/**
 * Tracks every Connector service. Getting a service activates a delayed component, so a component that cannot
 * activate is never counted as a working connector; its failure shows in the SCR runtime instead.
 */
final class ConnectorServices {

    private final ServiceTracker<Connector, Connector> tracker;

    ConnectorServices(BundleContext context, Runnable onChange) {
        tracker = new ServiceTracker<>(context, Connector.class, null) {
            @Override
            public Connector addingService(ServiceReference<Connector> reference) {
                Connector connector = super.addingService(reference);
                onChange.run();
                return connector;
            }

            @Override
            public void modifiedService(ServiceReference<Connector> reference, Connector service) {
                onChange.run();
            }

            @Override
            public void removedService(ServiceReference<Connector> reference, Connector service) {
                super.removedService(reference, service);
                onChange.run();
            }
        };
    }

    void open() {
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    /** The id and version of every tracked Connector service, by the id of the bundle that registered it. */
    Map<Long, List<ServiceKey>> keysByBundle() {
        Map<Long, List<ServiceKey>> keys = new HashMap<>();
        for (ServiceReference<Connector> reference : tracker.getTracked().keySet()) {
            Bundle bundle = reference.getBundle();
            if (bundle != null) {
                keys.computeIfAbsent(bundle.getBundleId(), id -> new ArrayList<>()).add(keyOf(reference));
            }
        }
        return keys;
    }

    /** The service a bundle registered for this connector id and version. */
    Optional<Connector> find(long bundleId, String id, String version) {
        for (Map.Entry<ServiceReference<Connector>, Connector> entry : tracker.getTracked().entrySet()) {
            Bundle bundle = entry.getKey().getBundle();
            if (bundle != null && bundle.getBundleId() == bundleId
                    && keyOf(entry.getKey()).equals(new ServiceKey(id, version))) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static ServiceKey keyOf(ServiceReference<Connector> reference) {
        return new ServiceKey(String.valueOf(reference.getProperty(Connector.ID)),
                String.valueOf(reference.getProperty(Connector.VERSION)));
    }
}
