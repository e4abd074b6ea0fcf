package io.tributary.rest.internal.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.OpenedConnection;

/** Connections in a map; a config field named {@code password} is the secret, masked in everything returned. */
public final class FakeConnections implements ConnectionService {

    public final Map<String, Connection> stored = new ConcurrentHashMap<>();
    public volatile ConnectionDraft lastDraft;
    public volatile String lastListedWorkspace;
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public List<Connection> connections(Caller caller, String workspaceId) {
        lastListedWorkspace = workspaceId;
        return stored.values().stream()
                .filter(c -> workspaceId == null || c.workspaceId().equals(workspaceId))
                .map(FakeConnections::masked).toList();
    }

    @Override
    public Connection create(Caller caller, ConnectionDraft draft) {
        lastDraft = draft;
        return masked(store("c-" + ids.incrementAndGet(), draft));
    }

    @Override
    public Connection connection(Caller caller, String connectionId) {
        return masked(find(connectionId));
    }

    @Override
    public Connection update(Caller caller, String connectionId, ConnectionDraft draft) {
        lastDraft = draft;
        find(connectionId);
        return masked(store(connectionId, draft));
    }

    @Override
    public void delete(Caller caller, String connectionId) {
        stored.remove(find(connectionId).id());
    }

    @Override
    public ConnectionTest test(Caller caller, String connectionId) {
        return ConnectionTest.failed("Host " + find(connectionId).config().path("host").asText() + " refused.");
    }

    @Override
    public Optional<OpenedConnection> open(String connectionId) {
        throw new UnsupportedOperationException("REST never opens connections");
    }

    @Override
    public int rotateSecretKey(Caller caller) {
        throw new UnsupportedOperationException("not a REST endpoint");
    }

    private Connection store(String id, ConnectionDraft draft) {
        Connection connection = new Connection(id, draft.workspaceId(), draft.connectorId(), draft.connectorVersion(),
                draft.name(), draft.config().deepCopy(), FakeIdentity.NOW, FakeIdentity.NOW);
        stored.put(id, connection);
        return connection;
    }

    private Connection find(String id) {
        Connection connection = stored.get(id);
        if (connection == null) {
            throw new ProblemException(Problem.of(404, "Not Found", "No connection " + id + "."));
        }
        return connection;
    }

    private static Connection masked(Connection connection) {
        ObjectNode config = connection.config().deepCopy();
        if (config.has("password")) {
            config.put("password", MASK);
        }
        return new Connection(connection.id(), connection.workspaceId(), connection.connectorId(),
                connection.connectorVersion(), connection.name(), config, connection.createdAt(),
                connection.updatedAt());
    }
}
