package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.felix.utils.resource.CapabilitySet;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.NativeNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.HostedCapability;
import org.osgi.service.resolver.ResolveContext;

/**
 * What the dry run may use: the candidate must resolve; the marketplace's other artifacts may; the platform's
 * bundles provide, and those already wired count as resolved, as they do in the framework.
 */
final class DryRunContext extends ResolveContext {

    private static final String JAVA_PACKAGE = "java.";

    private final Resource candidate;
    private final List<Resource> neighbours;
    private final List<Resource> platform;
    private final Map<Resource, Wiring> wirings = new IdentityHashMap<>();
    private final Set<String> platformNamespaces = new HashSet<>();
    private boolean platformExportsJava;

    DryRunContext(Resource candidate, List<Resource> neighbours, List<Resource> platform) {
        this.candidate = candidate;
        this.neighbours = List.copyOf(neighbours);
        this.platform = List.copyOf(platform);
        for (Resource resource : platform) {
            if (resource instanceof BundleRevision revision && revision.getWiring() != null) {
                wirings.put(resource, revision.getWiring());
            }
            for (Capability capability : resource.getCapabilities(null)) {
                platformNamespaces.add(capability.getNamespace());
                platformExportsJava |= PackageNamespace.PACKAGE_NAMESPACE.equals(capability.getNamespace())
                        && String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                                .startsWith(JAVA_PACKAGE);
            }
        }
    }

    @Override
    public Collection<Resource> getMandatoryResources() {
        return List.of(candidate);
    }

    @Override
    public Collection<Resource> getOptionalResources() {
        return neighbours;
    }

    /** The platform's providers first, as the framework prefers what is already resolved, then the uploads. */
    @Override
    public List<Capability> findProviders(Requirement requirement) {
        List<Capability> providers = new ArrayList<>();
        for (Resource resource : platform) {
            addMatches(providers, capabilities(resource, requirement.getNamespace()), requirement);
        }
        addMatches(providers, candidate.getCapabilities(requirement.getNamespace()), requirement);
        for (Resource resource : neighbours) {
            addMatches(providers, resource.getCapabilities(requirement.getNamespace()), requirement);
        }
        return providers;
    }

    @Override
    public int insertHostedCapability(List<Capability> capabilities, HostedCapability hostedCapability) {
        capabilities.add(hostedCapability);
        return capabilities.size() - 1;
    }

    /**
     * Only what the framework checks when it resolves: requirements effective at resolve time, not dynamic
     * imports; execution environment, native code and {@code java.*} imports only when the platform describes
     * them at all (a framework's system bundle does; a platform assembled by hand may not).
     */
    @Override
    public boolean isEffective(Requirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE,
                Namespace.EFFECTIVE_RESOLVE);
        if (!Namespace.EFFECTIVE_RESOLVE.equals(effective)
                || PackageNamespace.RESOLUTION_DYNAMIC.equals(
                        directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
            return false;
        }
        String namespace = requirement.getNamespace();
        boolean environment = ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE.equals(namespace)
                || NativeNamespace.NATIVE_NAMESPACE.equals(namespace);
        if (environment) {
            return platformNamespaces.contains(namespace);
        }
        return platformExportsJava || !importsJava(requirement);
    }

    private static boolean importsJava(Requirement requirement) {
        return PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace())
                && requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "")
                        .contains("(" + PackageNamespace.PACKAGE_NAMESPACE + "=" + JAVA_PACKAGE);
    }

    @Override
    public Map<Resource, Wiring> getWirings() {
        return wirings;
    }

    private List<Capability> capabilities(Resource resource, String namespace) {
        Wiring wiring = wirings.get(resource);
        // a wired bundle offers what its wiring offers: no exports substituted by imports, fragments' included
        return wiring != null ? wiring.getResourceCapabilities(namespace) : resource.getCapabilities(namespace);
    }

    private static void addMatches(List<Capability> providers, List<Capability> capabilities, Requirement requirement) {
        for (Capability capability : capabilities) {
            if (CapabilitySet.matches(capability, requirement)) {
                providers.add(capability);
            }
        }
    }
}
