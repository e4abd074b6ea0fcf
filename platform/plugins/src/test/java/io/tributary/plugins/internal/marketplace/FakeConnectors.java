package io.tributary.plugins.internal.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/** A connector registry holding what a test put in, e.g. a connector uploaded by hand. */
final class FakeConnectors implements ConnectorRegistry {

    final List<ConnectorInfo> connectors = new ArrayList<>();

    void add(String id, String version, long bundleId) {
        connectors.add(new ConnectorInfo(id, version, id, ConnectorState.ACTIVE, null, List.of(), bundleId, null));
    }

    @Override
    public List<ConnectorInfo> list() {
        return connectors;
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return connectors.stream().filter(c -> c.id().equals(id) && c.version().equals(version)).findFirst();
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        throw new UnsupportedOperationException("the installer reads list()");
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return Optional.empty();
    }
}
