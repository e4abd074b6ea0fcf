package io.tributary.engine.internal.testing;

import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.store.Store;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.OpenedConnection;
import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.WorkspaceRole;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.service.DefaultErrorService;
import io.tributary.engine.internal.service.DefaultFlowService;
import io.tributary.engine.internal.service.DefaultRunService;
import io.tributary.engine.internal.service.Engine;
import io.tributary.engine.internal.service.EngineSettings;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;
import io.tributary.store.testing.TestDatabase;

/**
 * The engine as the components wire it, on a freshly migrated real database with two tenants, the memory
 * connector behind connections {@code src}, {@code dst} and {@code hook} of workspace {@code ws1}, and the test
 * definitions. Tenant {@code t1} has workspaces {@code ws1} and {@code ws2}; tenant {@code t2} has {@code ws3}.
 */
public final class EngineFixture implements AutoCloseable {

    public static final String NODE = "node-a";

    public final TestDatabase.Kind kind;
    public final Database database;
    public final MutableClock clock = new MutableClock();
    public final MemorySystem memory = new MemorySystem();
    public final FakeRegistry registry = new FakeRegistry(new MemoryConnector(memory));
    public final Map<String, OpenedConnection> connections = new HashMap<>();
    public final List<Map.Entry<String, Map<String, Object>>> events =
            Collections.synchronizedList(new ArrayList<>());

    public final Caller manager = member("manager", WorkspaceRole.MANAGE);
    public final Caller monitor = member("monitor", WorkspaceRole.MONITOR);
    public final Caller admin = new Caller("u-admin", "admin", "t1", TenantRole.ADMIN, false, Map.of());
    public final Caller outsider = new Caller("u-out", "outsider", "t2", TenantRole.OWNER, true, Map.of());

    private final TestDatabase testDatabase;
    private final List<Engine> engines = new ArrayList<>();
    public Engine engine;

    private EngineFixture(TestDatabase.Kind kind, TestDatabase testDatabase) {
        this.kind = kind;
        this.testDatabase = testDatabase;
        this.database = new Database(testDatabase.dataSource());
    }

    private static Caller member(String name, WorkspaceRole role) {
        return new Caller("u-" + name, name, "t1", TenantRole.MEMBER, false, Map.of("ws1", role));
    }

    public static EngineFixture start(TestDatabase.Kind kind) throws SQLException {
        EngineFixture fixture = new EngineFixture(kind, TestDatabase.migrated(kind));
        fixture.seedTenancy();
        for (String id : List.of("src", "dst", "hook")) {
            fixture.addConnection(id, "ws1");
        }
        fixture.engine = fixture.newEngine(NODE, Duration.ofSeconds(5));
        return fixture;
    }

    private void seedTenancy() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        database.transaction(c -> {
            for (String tenant : List.of("t1", "t2")) {
                Jdbc.update(c, "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)", tenant, tenant, now);
            }
            for (String[] ws : new String[][] {{"ws1", "t1"}, {"ws2", "t1"}, {"ws3", "t2"}}) {
                Jdbc.update(c, "INSERT INTO workspace (id, tenant_id, name, description, sandbox, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", ws[0], ws[1], ws[0], "test", false, now);
            }
            return null;
        });
    }

    public void addConnection(String id, String workspaceId) {
        ObjectNode config = Json.object().put("password", MemoryConnector.SECRET);
        Connection connection = new Connection(id, workspaceId, FakeRegistry.ID, FakeRegistry.VERSION, id,
                Json.object().put("password", "********"), Instant.now(), Instant.now());
        connections.put(id, new OpenedConnection(connection, config, System.getLogger("test.connector"),
                text -> text.replace(MemoryConnector.SECRET, "********")));
    }

    /** A started engine of this node on the fixture's database, as the engine component makes it. */
    public Engine newEngine(String nodeId, Duration heartbeat) {
        Engine.Parts parts = new Engine.Parts(database, clock, duration -> { }, registry,
                id -> Optional.ofNullable(connections.get(id)), this::requireVisible, new TestDefinitions());
        Engine started = new Engine(parts, new EngineSettings(nodeId, 4, 4, heartbeat, heartbeat.multipliedBy(3),
                1000));
        started.events((topic, properties) -> events.add(Map.entry(topic, properties)));
        engines.add(started);
        return started.start();
    }

    public DataSource dataSource() {
        return testDatabase.dataSource();
    }

    /** The store service over the fixture's database, as the store component publishes it. */
    public Store store() {
        return testDatabase.store();
    }

    /** What tenancy's {@code workspace(caller, id)} decides. */
    public void requireVisible(Caller caller, String workspaceId) {
        String tenant = workspaceId.equals("ws3") ? "t2" : workspaceId.startsWith("ws") ? "t1" : null;
        if (!caller.tenantId().equals(tenant) || caller.roleIn(workspaceId).isEmpty()) {
            throw Problems.notFound("workspace");
        }
    }

    public DefaultFlowService flows() {
        return new DefaultFlowService(engine);
    }

    public DefaultRunService runs() {
        return new DefaultRunService(engine);
    }

    public DefaultErrorService errors() {
        return new DefaultErrorService(engine);
    }

    /** A manual flow reading {@code src} into the destination {@code warehouse} on {@code dst}, 10 a page. */
    public static ObjectNode definition(String name) {
        return json("{'name': '" + name + "', 'trigger': {'type': 'manual'},"
                + " 'source': {'connection': 'src', 'operation': 'items', 'config': {}},"
                + " 'steps': [],"
                + " 'destinations': [{'name': 'warehouse', 'connection': 'dst', 'operation': 'write',"
                + "   'mode': 'upsert', 'config': {}}],"
                + " 'settings': {'pageSize': 10, 'concurrency': 1, 'overlap': 'skip',"
                + "   'retry': {'attempts': 3, 'backoffMillis': 1, 'multiplier': 2.0, 'maxBackoffMillis': 5}},"
                + " 'alerts': {'subscribers': ['ops@example.com']}}");
    }

    public Flow create(ObjectNode definition) {
        return flows().create(manager, "ws1", definition);
    }

    /** Starts a run as the manager and waits until it ends. */
    public Run runToEnd(String flowId, RunRequest request) {
        return awaitEnd(flows().start(manager, flowId, request).id());
    }

    public Run awaitEnd(String runId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> runs().run(manager, runId).status().isFinished());
        return runs().run(manager, runId);
    }

    public static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every row of a table, each column (lower-case name) as text: what is really stored. */
    public List<Map<String, String>> rows(String table) {
        return database.transaction(c -> TestDatabase.rows(c, table));
    }

    @Override
    public void close() throws Exception {
        engines.forEach(Engine::close);
        testDatabase.close();
    }
}
