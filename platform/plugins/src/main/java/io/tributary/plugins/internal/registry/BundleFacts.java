package io.tributary.plugins.internal.registry;

import java.util.List;

/**
 * What the framework knows about one connector bundle at one moment, as plain values, so the state rules run
 * without a framework.
 *
 * @param bundleId            the OSGi bundle id
 * @param symbolicName        the Bundle-SymbolicName
 * @param bundleVersion       the bundle version
 * @param bundleName          the Bundle-Name, or null
 * @param state               the OSGi bundle state, e.g. {@code Bundle.RESOLVED}
 * @param missingRequirements for a bundle that is not resolved, the requirements nothing installed provides
 * @param connectorServices   the Connector services the bundle has registered (and that could be got)
 * @param components          what Declarative Services knows about the bundle's components
 */
public record BundleFacts(long bundleId, String symbolicName, String bundleVersion, String bundleName, int state,
                          List<String> missingRequirements, List<ServiceKey> connectorServices,
                          ComponentReport components) {

    public BundleFacts {
        missingRequirements = List.copyOf(missingRequirements);
        connectorServices = List.copyOf(connectorServices);
    }

    /** The connector id and version a Connector service was registered with. */
    public record ServiceKey(String id, String version) {

        boolean matches(String descriptorId, String descriptorVersion) {
            return id.equals(descriptorId) && version.equals(descriptorVersion);
        }

        @Override
        public String toString() {
            return "id '" + id + "' version '" + version + "'";
        }
    }
}
