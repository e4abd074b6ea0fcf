package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.ProblemException;

/**
 * Integration versions made ready to use: the integration and the connectors it requires installed into the runtime
 * (when missing), its descriptor read and checked, the active connector version in each required range found. The
 * connectors come second, so that nothing more is installed for settings that are refused.
 */
final class Releases {

    private static final int CONFLICT = 409;
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    /** @param connectorVersions connector id to its highest active version in the required range */
    record Release(Descriptor descriptor, Map<String, String> connectorVersions) {
    }

    private final Platform platform;
    private final DescriptorSchema schema = new DescriptorSchema();

    Releases(Platform platform) {
        this.platform = platform;
    }

    /**
     * Installs a version of an integration into the runtime when missing.
     *
     * @param version the version, or null for the highest installable one
     * @return its descriptor
     */
    Descriptor integration(String listingId, String version) {
        if (listingId == null || listingId.isBlank()) {
            throw Problems.invalid("listingId", "is required");
        }
        if (version != null && !VERSION.matcher(version).matches()) {
            throw Problems.invalid("version", "must be a version such as 1.2.0");
        }
        InstalledItem item;
        try {
            item = platform.installer().ensureInstalled(listingId,
                    version == null ? null : "[" + version + "," + version + "]");
        } catch (ProblemException e) {
            if (version == null || e.problem().status() != CONFLICT) {
                throw e;
            }
            // Another version is installed for other tenants. An integration bundle carries no code, only its
            // descriptor, so tenants may stand on different versions: read this one from its verified artifact.
            return descriptor(listingId, version);
        }
        if (item.kind() != Kind.INTEGRATION) {
            throw Problems.invalid("listingId", "is a " + item.kind().wire() + ", not an integration");
        }
        return descriptor(listingId, item.version());
    }

    /** Installs the connectors a version requires into the runtime when missing. */
    Release withConnectors(Descriptor descriptor) {
        Map<String, String> versions = new LinkedHashMap<>();
        List<FieldError> missing = new ArrayList<>();
        descriptor.connectors().forEach((id, range) -> {
            platform.installer().ensureInstalled(id, range);
            platform.registry().resolve(id, range).filter(info -> info.state() == ConnectorState.ACTIVE)
                    .map(ConnectorInfo::version)
                    .ifPresentOrElse(active -> versions.put(id, active), () -> missing.add(new FieldError(
                            "connectors." + id, "connector " + id + " has no active version in " + range)));
        });
        if (!missing.isEmpty()) {
            throw Problems.invalid(missing);
        }
        return new Release(descriptor, versions);
    }

    /** The descriptor of a version, read from its verified artifact. */
    Descriptor descriptor(String listingId, String version) {
        return Descriptor.read(listingId, platform.installer().descriptor(listingId, version), schema);
    }
}
