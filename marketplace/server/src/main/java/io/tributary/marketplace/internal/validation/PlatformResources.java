package io.tributary.marketplace.internal.validation;

import java.util.List;

import org.osgi.resource.Resource;

/** What an artifact must resolve against besides the marketplace's own artifacts: the running platform. */
public interface PlatformResources {

    /** The platform's resources as the resolver sees them, e.g. the current revisions of the installed bundles. */
    List<Resource> resources();
}
