package io.tributary.engine.internal.testing;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.engine.internal.common.Json;

/**
 * A registry with one active connector, {@code memory} 1.0.0, described as a real descriptor would: a delta source
 * {@code items}, a destination {@code write} taking batches of {@code maxBatch}, a listener {@code hook}.
 */
public final class FakeRegistry implements ConnectorRegistry {

    public static final String ID = "memory";
    public static final String VERSION = "1.0.0";

    private final Connector connector;
    private volatile int maxBatch = 1000;

    public FakeRegistry(Connector connector) {
        this.connector = connector;
    }

    public void maxBatch(int max) {
        maxBatch = max;
    }

    private ConnectorInfo info() {
        ObjectNode descriptor = Json.object().put("id", ID).put("version", VERSION);
        ObjectNode write = Json.object().put("name", "write").put("kind", "destination").put("maxBatch", maxBatch);
        write.putArray("modes").add("insert").add("update").add("upsert");
        descriptor.putArray("operations")
                .add(Json.object().put("name", "items").put("kind", "source").put("delta", true))
                .add(write)
                .add(Json.object().put("name", "hook").put("kind", "listener"));
        descriptor.get("operations").forEach(operation -> ((ObjectNode) operation).putObject("config")
                .put("type", "object"));
        return new ConnectorInfo(ID, VERSION, "Memory", ConnectorState.ACTIVE, null, List.of(), 1, descriptor);
    }

    @Override
    public List<ConnectorInfo> list() {
        return List.of(info());
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return ID.equals(id) && VERSION.equals(version) ? Optional.of(info()) : Optional.empty();
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        return ID.equals(id) ? Optional.of(info()) : Optional.empty();
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return find(id, version).map(info -> connector);
    }
}
