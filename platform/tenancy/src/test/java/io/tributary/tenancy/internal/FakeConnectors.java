package io.tributary.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;

/**
 * A connector registry holding the fake connector ({@code fake 1.0.0}, a nested secret at {@code auth.password} and
 * one at {@code apiKey}) whose test records what it was given and logs its secrets, as a careless connector would.
 */
public final class FakeConnectors implements ConnectorRegistry {

    public static final String ID = "fake";
    public static final String VERSION = "1.0.0";

    private final Map<String, ConnectorInfo> infos = new ConcurrentHashMap<>();
    private final Map<String, Connector> services = new ConcurrentHashMap<>();
    /** The connections the fake connector's test received. */
    public final List<ObjectNode> testedConnections = new ArrayList<>();

    public FakeConnectors() {
        infos.put(key(ID, VERSION), new ConnectorInfo(ID, VERSION, "Fake", ConnectorState.ACTIVE, null, List.of(),
                42, descriptor()));
        services.put(key(ID, VERSION), this::recordingTest);
    }

    /** The bundle stays, its service goes: as while a connector restarts or after it failed. */
    public void stopService() {
        services.clear();
    }

    @Override
    public List<ConnectorInfo> list() {
        return List.copyOf(infos.values());
    }

    @Override
    public Optional<ConnectorInfo> find(String id, String version) {
        return Optional.ofNullable(infos.get(key(id, version)));
    }

    @Override
    public Optional<ConnectorInfo> resolve(String id, String versionRange) {
        throw new UnsupportedOperationException("not used by tenancy");
    }

    @Override
    public Optional<Connector> connector(String id, String version) {
        return Optional.ofNullable(services.get(key(id, version)));
    }

    private ConnectionTest recordingTest(ConnectorContext context) {
        testedConnections.add(context.connection().deepCopy());
        String password = context.connection().path("auth").path("password").asText();
        String apiKey = context.connection().path("apiKey").asText();
        context.logger().log(System.Logger.Level.INFO, "signing in with password {0}", password);
        context.logger().log(System.Logger.Level.WARNING, "key " + apiKey + " refused",
                new IllegalStateException("server said: bad key " + apiKey));
        return ConnectionTest.ok("connected with " + password);
    }

    private static ObjectNode descriptor() {
        try (InputStream in = FakeConnectors.class.getResourceAsStream("/fake-connector.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
