package io.tributary.engine.internal.component;

import static io.tributary.engine.internal.testing.EngineFixture.json;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.InboundRequest;
import io.tributary.api.flow.ErrorQuery;
import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.Flow;
import io.tributary.api.flow.FlowEvents;
import io.tributary.api.flow.Run;
import io.tributary.api.flow.RunMode;
import io.tributary.api.flow.RunQuery;
import io.tributary.api.flow.RunRequest;
import io.tributary.api.flow.RunStatus;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.TenancyService;
import io.tributary.api.tenancy.Workspace;
import io.tributary.engine.internal.definition.FlowCompiler;
import io.tributary.engine.internal.schedule.FlowSchedules;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.engine.internal.testing.RecordingScheduler;
import io.tributary.store.testing.TestDatabase;

/**
 * The components as SCR wires them: the engine on the store with no configuration, the definition package's real
 * validator and compiler, Karaf's scheduler and EventAdmin arriving as dynamic references, and the services on top.
 */
class ComponentsTest {

    private EngineFixture fixture;
    private EngineComponent engine;
    private final List<Event> posted = new ArrayList<>();

    @BeforeEach
    void activate() throws Exception {
        fixture = EngineFixture.start(TestDatabase.Kind.DERBY);
        fixture.engine.close();
        engine = new EngineComponent(fixture.store(), fixture.registry, connectionService(), tenancyService(),
                defaults());
        engine.bindEvents(new EventAdminBridge(eventAdmin()));
    }

    @AfterEach
    void deactivate() throws Exception {
        engine.deactivate();
        fixture.close();
    }

    @Test
    void aValidatedFlowRunsItsStepsAndReportsItsErrors() {
        fixture.memory.fill(3);
        fixture.memory.failKey("r2", "rejected", false, 1);
        FlowServiceComponent flows = new FlowServiceComponent(engine);
        ObjectNode definition = json("{'name': 'shaped', 'source': {'connection': 'src', 'operation': 'items'},"
                + " 'steps': [{'type': 'map', 'name': 'shape'}],"
                + " 'destinations': [{'name': 'out', 'connection': 'dst', 'operation': 'write', 'mode': 'upsert'}],"
                + " 'alerts': {'subscribers': ['ops@example.com']}}");
        ((ObjectNode) definition.get("steps").get(0)).put("expression", "{'id': id, 'label': $uppercase(name)}");
        Flow flow = flows.create(fixture.manager, "ws1", definition);

        Run run = awaitEnd(new RunServiceComponent(engine), flows.start(fixture.monitor, flow.id(),
                new RunRequest(RunMode.NORMAL, null)));

        assertEquals(RunStatus.PARTIAL, run.status());
        assertEquals("ROW 3", fixture.memory.written.get("r3").get("label").asText());
        assertEquals(List.of("destinations[0]:out"), new ErrorServiceComponent(engine).errors(fixture.monitor,
                new ErrorQuery(null, flow.id(), null, ErrorStatus.OPEN, 10, null)).items().stream()
                .map(error -> error.step()).toList());
        assertEquals(FlowEvents.ERRORS_OPENED, posted.get(0).getTopic());
        assertEquals(List.of("flow \"shaped\" (" + flow.id() + ")"),
                new ConnectorUsageComponent(engine).usersOf("memory", "1.0.0"));
        assertEquals(List.of(), new ConnectorUsageComponent(engine).usersOf("memory", "2.0.0"));
    }

    @Test
    void schedulesAndWebhooksGoThroughTheirServices() {
        RecordingScheduler scheduler = new RecordingScheduler();
        engine.bindScheduler(scheduler);
        FlowServiceComponent flows = new FlowServiceComponent(engine);
        Flow scheduled = flows.create(fixture.manager, "ws1", json("{'name': 'nightly', 'enabled': true,"
                + " 'trigger': {'type': 'schedule', 'cron': '0 2 * * *'},"
                + " 'source': {'connection': 'src', 'operation': 'items'},"
                + " 'destinations': [{'name': 'out', 'connection': 'dst', 'operation': 'write', 'mode': 'upsert'}]}"));
        Flow hooked = flows.create(fixture.manager, "ws1", json("{'name': 'pushed', 'enabled': true,"
                + " 'trigger': {'type': 'webhook', 'keyField': 'ref'},"
                + " 'destinations': [{'name': 'out', 'connection': 'dst', 'operation': 'write', 'mode': 'upsert'}]}"));

        assertEquals(FlowCompiler.compile(scheduled.definition()).trigger().quartzCron(),
                scheduler.jobs.get(FlowSchedules.jobName(scheduled.id())).cron());
        new HookServiceComponent(engine).receive(hooked.hookKey(), new InboundRequest("POST", Map.of(),
                "{\"ref\": \"o-1\"}".getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.memory.written.containsKey("o-1"));
        engine.unbindScheduler(scheduler);
        flows.delete(fixture.manager, scheduled.id());
        assertTrue(scheduler.jobs.containsKey(FlowSchedules.jobName(scheduled.id())),
                "a scheduler that left is not called");
    }

    @Test
    void flowsTravelInWorkspaceExportsAndAreValidatedAgainOnTheCopiedConnections() {
        FlowServiceComponent flows = new FlowServiceComponent(engine);
        Flow original = flows.create(fixture.manager, "ws1", json("{'name': 'copied', 'enabled': true,"
                + " 'source': {'connection': 'src', 'operation': 'items'},"
                + " 'destinations': [{'name': 'out', 'connection': 'dst', 'operation': 'write', 'mode': 'upsert'}]}"));
        fixture.addConnection("src2", "ws2");
        fixture.addConnection("dst2", "ws2");
        Map<String, String> copies = Map.of("src", "src2", "dst", "dst2");
        WorkspaceFlowsComponent content = new WorkspaceFlowsComponent(engine);

        ArrayNode exported = content.export("ws1");
        content.importInto(fixture.admin, "ws2", exported, copies);

        ObjectNode expected = original.definition().deepCopy().put("enabled", false);
        ((ObjectNode) expected.get("source")).put("connection", "src2");
        ((ObjectNode) expected.get("destinations").get(0)).put("connection", "dst2");
        assertEquals(List.of(expected), flows.flows(fixture.admin, "ws2").stream().map(Flow::definition).toList());
        ObjectNode misused = ((ObjectNode) exported.get(0)).put("name", "misused");
        ((ObjectNode) misused.get("source")).put("operation", "write");
        Problem problem = assertThrows(ProblemException.class,
                () -> content.importInto(fixture.admin, "ws2", exported, copies)).problem();
        assertEquals(List.of("flows[0].source.operation"), problem.errors().stream().map(FieldError::field)
                .toList());
    }

    private Run awaitEnd(RunServiceComponent runs, Run started) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> runs.run(fixture.monitor, started.id()).status().isFinished());
        assertEquals(1, runs.runs(fixture.monitor, new RunQuery("ws1", null, null, 10, null)).items().size());
        return runs.run(fixture.monitor, started.id());
    }

    private ConnectionService connectionService() {
        return proxy(ConnectionService.class, "open", args -> Optional.ofNullable(
                fixture.connections.get((String) args[0])));
    }

    private TenancyService tenancyService() {
        return proxy(TenancyService.class, "workspace", args -> {
            fixture.requireVisible((Caller) args[0], (String) args[1]);
            return new Workspace((String) args[1], "t1", (String) args[1], null, false, List.of(), Instant.now());
        });
    }

    private EventAdmin eventAdmin() {
        return proxy(EventAdmin.class, "postEvent", args -> {
            posted.add((Event) args[0]);
            return null;
        });
    }

    /** A service of which the engine calls one method; any other call fails the test. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, String method, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.apply(args);
            }
            throw new AssertionError("the engine is not expected to call " + type.getSimpleName() + "."
                    + called.getName());
        });
    }

    /** What SCR hands a component when no configuration exists: every attribute's default. */
    private static EngineConfig defaults() {
        return (EngineConfig) Proxy.newProxyInstance(EngineConfig.class.getClassLoader(),
                new Class<?>[] {EngineConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }
}
