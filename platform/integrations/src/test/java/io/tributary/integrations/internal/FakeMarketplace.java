package io.tributary.integrations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.MarketplaceInstaller;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.tenancy.Caller;

/**
 * A marketplace installer that knows the descriptors of integration versions and installs connectors as version
 * 1.0.0, with a registry in which the installed connectors are active. Records what it was asked to ensure.
 */
final class FakeMarketplace implements MarketplaceInstaller, ConnectorRegistry {

    /** "listingId range" of every ensureInstalled call. */
    final List<String> ensured = new ArrayList<>();

    private final Map<String, Map<String, ObjectNode>> descriptors = new LinkedHashMap<>();
    private final Set<String> connectors = new HashSet<>();

    void publish(ObjectNode descriptor) {
        descriptors.computeIfAbsent(descriptor.path("id").asText(), id -> new LinkedHashMap<>())
                .put(descriptor.path("version").asText(), descriptor);
    }

    /** Integration listing to the one version installed in the runtime, as the real installer keeps it. */
    final Map<String, String> installedIntegrations = new LinkedHashMap<>();

    @Override
    public InstalledItem ensureInstalled(String listingId, String range) {
        ensured.add(listingId + " " + range);
        Map<String, ObjectNode> versions = descriptors.get(listingId);
        if (versions == null) {
            connectors.add(listingId);
            return item(listingId, Kind.CONNECTOR, "1.0.0");
        }
        VersionRange wanted = range == null ? null : new VersionRange(range);
        String installed = installedIntegrations.get(listingId);
        if (installed != null && wanted != null && !wanted.includes(Version.parseVersion(installed))) {
            throw Problems.conflict("version", listingId + " " + installed + " is installed: upgrade it instead");
        }
        return versions.keySet().stream().map(Version::parseVersion)
                .filter(version -> wanted == null || wanted.includes(version))
                .max(Comparator.naturalOrder())
                .map(version -> item(listingId, Kind.INTEGRATION, version.toString()))
                .orElseThrow(() -> Problems.notFound("version"));
    }

    @Override
    public ObjectNode descriptor(String listingId, String version) {
        return descriptors.get(listingId).get(version).deepCopy();
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        if (!connectors.contains(id) || !new VersionRange(versionRange).includes(Version.parseVersion("1.0.0"))) {
            return Optional.empty();
        }
        return Optional.of(new ConnectorInfo(id, "1.0.0", id, ConnectorState.ACTIVE, null, List.of(), 1,
                Json.object().put("id", id)));
    }

    private static InstalledItem item(String listingId, Kind kind, String version) {
        return new InstalledItem(listingId, kind, version, LOCAL, "pub_1", "0".repeat(64), 1, Instant.EPOCH,
                "platform", null, null);
    }

    @Override
    public InstallResult install(Caller caller, String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<InstalledItem> installed(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InstallResult upgrade(Caller caller, String listingId, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void uninstall(Caller caller, String listingId, boolean force) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TrustedPublisher> trustedPublishers(Caller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TrustedPublisher trust(Caller caller, String marketplace, String publisherId, String fingerprint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void distrust(Caller caller, String publisherId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ConnectorInfo> list() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        throw new UnsupportedOperationException();
    }
}
