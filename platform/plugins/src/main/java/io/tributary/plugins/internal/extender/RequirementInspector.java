package io.tributary.plugins.internal.extender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Lists the requirements of an unresolved bundle that nothing installed provides, by asking the framework for
 * providers: read-only, so it never resolves, starts or refreshes anything.
 */
public final class RequirementInspector {

    private final BundleContext context;

    public RequirementInspector(BundleContext context) {
        this.context = context;
    }

    /** E.g. {@code osgi.wiring.package; (&(osgi.wiring.package=com.acme)(version>=1.0.0))}; empty if none. */
    public List<String> missing(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (revision == null || wiring == null) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (isMandatory(requirement) && wiring.findProviders(requirement).isEmpty()) {
                missing.add(requirement.getNamespace() + "; "
                        + requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        return missing;
    }

    private static boolean isMandatory(BundleRequirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        String resolution = directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE,
                Namespace.EFFECTIVE_RESOLVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                && !PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
                && Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }
}
