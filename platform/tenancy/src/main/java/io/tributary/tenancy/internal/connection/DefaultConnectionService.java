package io.tributary.tenancy.internal.connection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.api.tenancy.Workspace;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;
import io.tributary.tenancy.internal.Access;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.audit.AuditLog;
import io.tributary.tenancy.internal.audit.Summaries;
import io.tributary.tenancy.internal.data.ConnectionRepository;
import io.tributary.tenancy.internal.data.WorkspaceRepository;

/** Connections of workspaces: monitors read and test them, managers change them; secrets only ever stored sealed. */
public class DefaultConnectionService implements ConnectionService {

    public static final int MAX_NAME = 200;

    private final Database database;
    private final Clock clock;
    private final ConnectionRepository connections;
    private final Access access;
    private final AuditLog audit;
    private final ConnectionConfigs configs;
    private final ConnectionTester tester;
    private final KeyRotation rotation;

    /** @param loggers the platform logger for a name; connectors log through it, redacted */
    public DefaultConnectionService(Database database, Clock clock, ConnectorRegistry registry, KeyRing keys,
            Function<String, System.Logger> loggers) {
        this.database = database;
        this.clock = clock;
        this.connections = new ConnectionRepository(database);
        this.access = new Access(new WorkspaceRepository(database));
        this.audit = new AuditLog(database, clock);
        SecretCipher cipher = new SecretCipher(keys);
        this.configs = new ConnectionConfigs(registry, cipher);
        this.tester = new ConnectionTester(registry, cipher, loggers);
        this.rotation = new KeyRotation(database, connections, keys, cipher, audit);
    }

    @Override
    public List<Connection> connections(Caller caller, String workspaceId) {
        List<Workspace> listed = workspaceId == null ? access.visibleWorkspaces(caller)
                : List.of(access.workspace(caller, workspaceId, WorkspaceRole.MONITOR));
        return listed.stream().flatMap(workspace -> connections.listByWorkspace(workspace.id()).stream())
                .map(DefaultConnectionService::masked).toList();
    }

    @Override
    public Connection create(Caller caller, ConnectionDraft draft) {
        new Violations().requireText("workspaceId", draft.workspaceId(), MAX_NAME).throwIfAny();
        Workspace workspace = access.workspace(caller, draft.workspaceId(), WorkspaceRole.MANAGE);
        String name = checkedName(draft.name());
        ObjectNode config = draft.config() == null ? Json.object() : draft.config();
        ObjectNode sealed = configs.seal(draft.connectorId(), draft.connectorVersion(), config, null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Connection stored = new Connection(Ids.next("cn"), workspace.id(), draft.connectorId(),
                draft.connectorVersion(), name, sealed, now, now);
        changeUnlessNameTaken(() -> {
            requireFreeName(stored);
            connections.insert(stored);
            audit.write(caller, workspace.tenantId(), workspace.id(), "connection.create", target(stored), null,
                    Summaries.ofStored(stored));
        });
        return masked(stored);
    }

    @Override
    public Connection connection(Caller caller, String connectionId) {
        return masked(find(caller, connectionId, WorkspaceRole.MONITOR));
    }

    @Override
    public Connection update(Caller caller, String connectionId, ConnectionDraft draft) {
        Connection stored = find(caller, connectionId, WorkspaceRole.MANAGE);
        Violations violations = new Violations();
        if (draft.workspaceId() != null && !draft.workspaceId().equals(stored.workspaceId())) {
            violations.add("workspaceId", "cannot change: a connection stays in its workspace");
        }
        if (draft.connectorId() != null && !draft.connectorId().equals(stored.connectorId())) {
            violations.add("connector", "cannot change: create a new connection for another connector");
        }
        violations.throwIfAny();
        String name = draft.name() == null ? stored.name() : checkedName(draft.name());
        String version = draft.connectorVersion() == null ? stored.connectorVersion() : draft.connectorVersion();
        ObjectNode sealed = configs.seal(stored.connectorId(), version, draft.config(), stored.config());
        Connection updated = new Connection(stored.id(), stored.workspaceId(), stored.connectorId(), version, name,
                sealed, stored.createdAt(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        changeUnlessNameTaken(() -> {
            requireFreeName(updated);
            connections.update(updated);
            auditChange(caller, "connection.update", stored, updated);
        });
        return masked(updated);
    }

    @Override
    public void delete(Caller caller, String connectionId) {
        Connection stored = find(caller, connectionId, WorkspaceRole.MANAGE);
        database.transaction(c -> {
            connections.delete(stored.id());
            auditChange(caller, "connection.delete", stored, null);
            return null;
        });
    }

    @Override
    public ConnectionTest test(Caller caller, String connectionId) {
        return tester.test(find(caller, connectionId, WorkspaceRole.MONITOR));
    }

    @Override
    public Optional<OpenedConnection> open(String connectionId) {
        Optional<Connection> stored = connections.find(connectionId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(tester.open(stored.get()));
        } catch (SecretException e) {
            throw new IllegalStateException("Connection " + connectionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int rotateSecretKey(Caller caller) {
        Access.requireOperator(caller);
        return rotation.rotate(caller);
    }

    private Connection find(Caller caller, String connectionId, WorkspaceRole needed) {
        Connection stored = connections.find(connectionId).orElseThrow(() -> Problems.notFound("connection"));
        access.workspace(caller, stored.workspaceId(), needed, "connection");
        return stored;
    }

    /** The connection was found in a workspace the caller sees, so of the caller's tenant. */
    private void auditChange(Caller caller, String action, Connection before, Connection after) {
        audit.write(caller, caller.tenantId(), before.workspaceId(), action, target(before),
                Summaries.ofStored(before), after == null ? null : Summaries.ofStored(after));
    }

    private void requireFreeName(Connection connection) {
        connections.findByName(connection.workspaceId(), connection.name())
                .filter(other -> !other.id().equals(connection.id()))
                .ifPresent(other -> {
                    throw nameTaken();
                });
    }

    /** Runs a change in a transaction; a concurrent request that took the name first also ends in a 409. */
    private void changeUnlessNameTaken(Runnable change) {
        database.transaction(c -> {
            change.run();
            return null;
        }, DefaultConnectionService::nameTaken);
    }

    private static RuntimeException nameTaken() {
        return Problems.conflict("name", "a connection of this name exists in the workspace");
    }

    private static String checkedName(String name) {
        new Violations().requireText("name", name, MAX_NAME).throwIfAny();
        return name.strip();
    }

    private static String target(Connection connection) {
        return "connection:" + connection.id();
    }

    static Connection masked(Connection stored) {
        return new Connection(stored.id(), stored.workspaceId(), stored.connectorId(), stored.connectorVersion(),
                stored.name(), Envelopes.mask(stored.config()), stored.createdAt(), stored.updatedAt());
    }
}
