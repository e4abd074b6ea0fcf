package io.tributary.engine.internal.service;

import static io.tributary.engine.internal.testing.EngineFixture.definition;
import static io.tributary.engine.internal.testing.EngineFixture.json;
import static io.tributary.engine.internal.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.engine.internal.testing.EngineFixture;
import io.tributary.store.testing.EachDatabase;

/** Flows travel in workspace exports as their definitions and come back disabled, on the new connections. */
class WorkspaceFlowsTest {

    /** The connections of ws1 to their copies in ws2. */
    private static final Map<String, String> COPIES = Map.of("src", "src2", "dst", "dst2", "hook", "hook2");

    @EachDatabase
    void anExportImportsIntoAnotherWorkspaceDisabledOnTheMappedConnections(EngineFixture fixture) {
        copyConnections(fixture);
        Flow branched = fixture.create(branched());
        Flow hooked = fixture.create(json("{'name': 'pushed', 'enabled': true,"
                + " 'trigger': {'type': 'webhook', 'connection': 'hook', 'operation': 'hook'},"
                + " 'destinations': [{'name': 'out', 'connection': 'dst', 'operation': 'write', 'config': {}}]}"));
        WorkspaceFlows content = new WorkspaceFlows(fixture.engine);

        ArrayNode exported = content.export("ws1");
        content.importInto(fixture.admin, "ws2", exported, COPIES);

        assertEquals(List.of(hooked.definition(), branched.definition()), List.of(exported.get(0), exported.get(1)));
        List<Flow> imported = fixture.flows().flows(fixture.admin, "ws2");
        assertEquals(List.of(copied(hooked), copied(branched)), imported.stream().map(Flow::definition).toList());
        assertFalse(imported.get(0).enabled());
        assertNotNull(imported.get(0).hookKey());
        assertNotEquals(hooked.hookKey(), imported.get(0).hookKey());
        assertEquals(2, fixture.flows().flows(fixture.admin, "ws1").size());
    }

    @EachDatabase
    void aBadItemIsNamedByItsPathAndNothingIsCreated(EngineFixture fixture) {
        copyConnections(fixture);
        WorkspaceFlows content = new WorkspaceFlows(fixture.engine);
        ArrayNode items = json("{'flows': []}").withArray("flows");
        items.add(definition("orders"));
        items.add(json("{'trigger': {'type': 'manual'}}"));

        Problem unnamed = assertProblem(422, () -> content.importInto(fixture.admin, "ws2", items, COPIES));
        Problem unknownConnection = assertProblem(422, () -> content.importInto(fixture.admin, "ws2", items,
                Map.of("src", "src2")));

        assertEquals(List.of("flows[1].name"), fields(unnamed));
        assertEquals(List.of("flows[0].destinations[0].connection"), fields(unknownConnection));
        assertEquals(List.of(), fixture.flows().flows(fixture.admin, "ws2"));
    }

    @EachDatabase
    void aNameTakenInTheTargetWorkspaceIsAConflictNamingTheItem(EngineFixture fixture) {
        copyConnections(fixture);
        fixture.flows().create(fixture.admin, "ws2", json(definition("orders").toString()
                .replace("\"src\"", "\"src2\"").replace("\"dst\"", "\"dst2\"")));
        ArrayNode items = json("{'flows': []}").withArray("flows");
        items.add(definition("invoices"));
        items.add(definition("orders"));

        Problem taken = assertProblem(409, () -> new WorkspaceFlows(fixture.engine).importInto(fixture.admin, "ws2",
                items, COPIES));

        assertEquals(List.of("flows[1].name"), fields(taken));
        assertEquals(List.of("orders"), fixture.flows().flows(fixture.admin, "ws2").stream().map(Flow::name)
                .toList());
    }

    private static void copyConnections(EngineFixture fixture) {
        COPIES.values().forEach(copy -> fixture.addConnection(copy, "ws2"));
    }

    /** Connections in the trigger's, a lookup's, a route's and the top level's places. */
    private static ObjectNode branched() {
        return json("{'name': 'routed', 'enabled': true, 'trigger': {'type': 'manual'},"
                + " 'source': {'connection': 'src', 'operation': 'items', 'config': {}},"
                + " 'steps': [{'type': 'lookup', 'name': 'more', 'connection': 'src', 'operation': 'items'},"
                + "   {'type': 'branch', 'name': 'split', 'routes': ["
                + "     {'name': 'a', 'steps': [{'type': 'branch', 'name': 'inner', 'routes': [{'name': 'b',"
                + "       'steps': [], 'destinations': [{'name': 'deep', 'connection': 'dst', 'operation': 'write'}]}]}],"
                + "      'destinations': []},"
                + "     {'name': 'c', 'steps': [], 'destinations': [{'name': 'side', 'connection': 'dst',"
                + "       'operation': 'write', 'config': {'connection': 'not a reference'}}]}]}],"
                + " 'destinations': []}");
    }

    /** What the import should make of a flow of ws1: the same definition, disabled, on the copied connections. */
    private static ObjectNode copied(Flow flow) {
        ObjectNode expected = flow.definition().deepCopy();
        expected.put("enabled", false);
        String text = expected.toString();
        for (Map.Entry<String, String> copy : COPIES.entrySet()) {
            text = text.replace("\"connection\":\"" + copy.getKey() + "\"",
                    "\"connection\":\"" + copy.getValue() + "\"");
        }
        return json(text);
    }

    private static List<String> fields(Problem problem) {
        return problem.errors().stream().map(FieldError::field).toList();
    }
}
