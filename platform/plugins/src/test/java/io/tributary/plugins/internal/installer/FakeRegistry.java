package io.tributary.plugins.internal.installer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.plugins.internal.registry.SettlingRegistry;

/** A registry holding given connectors; a started bundle settles in the state chosen by the test. */
final class FakeRegistry implements SettlingRegistry {

    final List<ConnectorInfo> connectors = new ArrayList<>();
    ConnectorState settlesAs = ConnectorState.ACTIVE;
    String reason;

    static ConnectorInfo info(String id, String version, ConnectorState state, String reason, long bundleId) {
        return new ConnectorInfo(id, version, id, state, reason, List.of(), bundleId, null);
    }

    @Override
    public Optional<ConnectorInfo> awaitSettled(long bundleId, Duration timeout) {
        return Optional.of(info("demo", "1.2.3", settlesAs, reason, bundleId));
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
        return Optional.empty();
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return Optional.empty();
    }
}
