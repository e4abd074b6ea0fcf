package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Resource;

/** The running framework as the dry run sees it: the current revision of every installed bundle. */
public final class FrameworkResources implements PlatformResources {

    private final BundleContext context;

    public FrameworkResources(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<Resource> resources() {
        List<Resource> resources = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null) {
                resources.add(revision);
            }
        }
        return resources;
    }
}
