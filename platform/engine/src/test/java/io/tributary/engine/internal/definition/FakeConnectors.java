package io.tributary.engine.internal.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/**
 * A registry of connector versions with the real descriptors of the HTTP and JDBC connectors (copied into test
 * resources with their version filled in) and a small spreadsheet connector whose source has no delta reads and
 * whose destination only inserts.
 */
final class FakeConnectors implements ConnectorRegistry {

    private final List<ConnectorInfo> infos = new ArrayList<>();

    /** jdbc 1.0.0, 1.4.0 and 2.0.0; http 1.2.0 (2.0.0 only installed, not active); sheet 1.0.0. */
    static FakeConnectors standard() {
        return new FakeConnectors()
                .add("jdbc", "1.0.0", ConnectorState.ACTIVE)
                .add("jdbc", "1.4.0", ConnectorState.ACTIVE)
                .add("jdbc", "2.0.0", ConnectorState.ACTIVE)
                .add("http", "1.2.0", ConnectorState.ACTIVE)
                .add("http", "2.0.0", ConnectorState.INSTALLED)
                .add("sheet", "1.0.0", ConnectorState.ACTIVE);
    }

    FakeConnectors add(String id, String version, ConnectorState state) {
        ObjectNode descriptor = descriptor(id);
        descriptor.put("version", version);
        infos.add(new ConnectorInfo(id, version, descriptor.path("name").asText(), state,
                state == ConnectorState.ACTIVE ? null : "starting", List.of(), infos.size() + 10L, descriptor));
        return this;
    }

    @Override
    public List<ConnectorInfo> list() {
        return List.copyOf(infos);
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return infos.stream().filter(info -> info.id().equals(id) && info.version().equals(version)).findFirst();
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        VersionRange range = new VersionRange(versionRange);
        return infos.stream()
                .filter(info -> info.id().equals(id) && info.state() == ConnectorState.ACTIVE)
                .filter(info -> range.includes(Version.parseVersion(info.version())))
                .max(Comparator.comparing(info -> Version.parseVersion(info.version())));
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return Optional.empty();
    }

    private static ObjectNode descriptor(String id) {
        try (InputStream in = FakeConnectors.class.getResourceAsStream("connector-" + id + ".json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
