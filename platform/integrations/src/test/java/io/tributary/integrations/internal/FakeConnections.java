package io.tributary.integrations.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.OpenedConnection;

/** Connections in memory: names unique per workspace, an update moves updatedAt, as the real service does. */
final class FakeConnections implements ConnectionService {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, Connection> connections = new LinkedHashMap<>();

    Connection add(String workspaceId, String name, String connectorId, String version) {
        if (connections.values().stream().anyMatch(c -> c.workspaceId().equals(workspaceId)
                && c.name().equals(name))) {
            throw Problems.conflict("name", "a connection of this name exists in the workspace");
        }
        Connection connection = new Connection("cn_" + (connections.size() + 1), workspaceId, connectorId, version,
                name, Json.object(), CREATED, CREATED);
        connections.put(connection.id(), connection);
        return connection;
    }

    /** What a user saving the connection does. */
    void save(String connectionId) {
        Connection stored = connections.get(connectionId);
        connections.put(connectionId, new Connection(stored.id(), stored.workspaceId(), stored.connectorId(),
                stored.connectorVersion(), stored.name(), Json.object().put("url", "jdbc:postgresql://db/x"),
                stored.createdAt(), stored.createdAt().plus(Duration.ofMinutes(1))));
    }

    @Override
    public List<Connection> connections(Caller caller, String workspaceId) {
        return connections.values().stream().filter(c -> c.workspaceId().equals(workspaceId)).toList();
    }

    @Override
    public Connection connection(Caller caller, String connectionId) {
        Connection connection = connections.get(connectionId);
        if (connection == null) {
            throw Problems.notFound("connection");
        }
        return connection;
    }

    @Override
    public Connection create(Caller caller, ConnectionDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Connection update(Caller caller, String connectionId, ConnectionDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(Caller caller, String connectionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<OpenedConnection> open(String connectionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ConnectionTest test(Caller caller, String connectionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int rotateSecretKey(Caller caller) {
        throw new UnsupportedOperationException();
    }
}
