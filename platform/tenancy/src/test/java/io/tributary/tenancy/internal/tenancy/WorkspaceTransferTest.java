package io.tributary.tenancy.internal.tenancy;

import static io.tributary.tenancy.internal.Platform.json;
import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static io.tributary.tenancy.internal.ProblemAssert.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.Workspace;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.FakeConnectors;
import io.tributary.tenancy.internal.Platform;

/**
 * Export, clone and import carry connection shells (configuration without secrets, to be completed before use) and
 * the sections of the workspace content services, whose references to connections follow them to their copies.
 */
class WorkspaceTransferTest {

    private static final String PASSWORD = "s3cret-Pa55word";
    private static final String CONFIG = "{'baseUrl': 'https://example.com', 'apiKey': 'key-0123456789',"
            + " 'auth': {'type': 'basic', 'username': 'ann', 'password': '" + PASSWORD + "'}}";
    private static final ObjectNode SHELL = json("{'baseUrl': 'https://example.com',"
            + " 'auth': {'type': 'basic', 'username': 'ann'}}");

    @EachDatabase
    void exportIsOneDocumentWithShellsAndEverySection(Platform platform) {
        NotesContent notes = addNotes(platform);
        Workspace workspace = withConnection(platform, "Sales", "api");
        String connectionId = connectionIds(platform, workspace).get(0);
        notes.add(workspace.id(), "call back", connectionId);

        ObjectNode exported = platform.tenancy().exportWorkspace(platform.admin(), workspace.id());

        assertEquals(json("{'format': 'tributary.workspace/1',"
                + " 'workspace': {'name': 'Sales', 'description': 'the Sales workspace'},"
                + " 'connections': [{'id': '" + connectionId + "', 'name': 'api',"
                + " 'connector': {'id': 'fake', 'version': '1.0.0'}, 'config': "
                + SHELL.toString().replace('"', '\'') + "}],"
                + " 'notes': [{'text': 'call back', 'connection': '" + connectionId + "'}]}"), exported);
    }

    @EachDatabase
    void importCreatesEachSectionWithItsConnectionsMappedToTheNewShells(Platform platform) {
        NotesContent notes = addNotes(platform);
        Workspace source = withConnection(platform, "Sales", "api");
        notes.add(source.id(), "call back", connectionIds(platform, source).get(0));
        Caller acme = platform.newTenantOwner("acme");
        Workspace target = platform.createWorkspace(acme, "Imported");

        platform.tenancy().importWorkspace(acme, target.id(),
                platform.tenancy().exportWorkspace(platform.admin(), source.id()));

        String mapped = connectionIds(platform, acme, target).get(0);
        assertEquals(callBack(mapped), notes.notes.get(target.id()));
    }

    @EachDatabase
    void cloneCopiesEachSectionWithItsConnectionsMapped(Platform platform) {
        NotesContent notes = addNotes(platform);
        Workspace source = withConnection(platform, "Sales", "api");
        notes.add(source.id(), "call back", connectionIds(platform, source).get(0));

        Workspace clone = platform.tenancy().cloneWorkspace(platform.admin(), source.id(), "Sales sandbox", true);

        assertEquals(callBack(connectionIds(platform, clone).get(0)), notes.notes.get(clone.id()));
    }

    @EachDatabase
    void aSectionFailingToImportLeavesNoShellBehind(Platform platform) {
        NotesContent notes = addNotes(platform);
        Workspace source = withConnection(platform, "Sales", "api");
        notes.add(source.id(), "call back", connectionIds(platform, source).get(0));
        ObjectNode document = platform.tenancy().exportWorkspace(platform.admin(), source.id());
        Workspace target = platform.createWorkspace(platform.admin(), "Target");
        List<List<String>> seen = new ArrayList<>();
        notes.during = workspaceId -> {
            seen.add(connectionIds(platform, target));
            throw new ProblemException(Problem.invalid("bad note", List.of(new FieldError("notes[0].text", "bad"))));
        };

        Problem failed = assertProblem(422, () -> platform.tenancy().importWorkspace(platform.admin(), target.id(),
                document));

        assertEquals(List.of("notes[0].text"), fields(failed));
        assertEquals(1, seen.get(0).size(), "the section is imported in the transaction that made the shell");
        assertEquals(List.of(), connectionIds(platform, target));
        assertFalse(platform.rows("audit_event").toString().contains(seen.get(0).get(0)));
    }

    @EachDatabase
    void aSectionNoServiceImportsIsRefusedUnlessEmpty(Platform platform) {
        Workspace target = platform.createWorkspace(platform.admin(), "Target");
        ObjectNode withFlows = document("api", CONFIG);
        withFlows.putArray("flows").addObject().put("name", "orders");

        assertEquals(List.of("flows"), fields(assertProblem(422,
                () -> platform.tenancy().importWorkspace(platform.admin(), target.id(), withFlows))));
        assertEquals(List.of(), connectionIds(platform, target));
        ObjectNode emptyFlows = document("api", CONFIG);
        emptyFlows.putArray("flows");
        platform.tenancy().importWorkspace(platform.admin(), target.id(), emptyFlows);
        assertEquals(1, connectionIds(platform, target).size());
    }

    @EachDatabase
    void cloneIsASandboxWithShellsThatMustBeCompleted(Platform platform) {
        Workspace source = withConnection(platform, "Sales", "api");

        Workspace clone = platform.tenancy().cloneWorkspace(platform.admin(), source.id(), "Sales sandbox", true);

        assertTrue(clone.sandbox());
        Connection shell = platform.connections().connections(platform.admin(), clone.id()).get(0);
        assertEquals(SHELL, shell.config());
        assertFalse(platform.rows("workspace_connection").stream()
                .filter(row -> row.get("workspace_id").equals(clone.id()))
                .anyMatch(row -> row.get("config_json").contains("enc:v1:")));
        ObjectNode completed = json(CONFIG);
        platform.connections().update(platform.admin(), shell.id(), new ConnectionDraft(null, null, null, null,
                completed));
        assertTrue(platform.connections().test(platform.admin(), shell.id()).ok());
    }

    @EachDatabase
    void importCreatesShellsLeavingOutSecretsTheDocumentCarries(Platform platform) {
        Workspace target = platform.createWorkspace(platform.admin(), "Target");
        ObjectNode document = document("api", CONFIG);

        platform.tenancy().importWorkspace(platform.admin(), target.id(), document);

        assertEquals(SHELL, platform.connections().connections(platform.admin(), target.id()).get(0).config());
        assertFalse(platform.rows("workspace_connection").toString().contains(PASSWORD));
        assertFalse(platform.rows("audit_event").toString().contains(PASSWORD));
    }

    @EachDatabase
    void anExportImportsIntoAnotherTenant(Platform platform) {
        Workspace source = withConnection(platform, "Sales", "api");
        Caller acme = platform.newTenantOwner("acme");
        Workspace target = platform.createWorkspace(acme, "Imported");

        platform.tenancy().importWorkspace(acme, target.id(),
                platform.tenancy().exportWorkspace(platform.admin(), source.id()));

        assertEquals(List.of("api"), platform.connections().connections(acme, target.id()).stream()
                .map(Connection::name).toList());
    }

    @EachDatabase
    void importIsAllOrNothingWhenANameIsTaken(Platform platform) {
        Workspace target = withConnection(platform, "Target", "api");
        ObjectNode document = document("fresh", CONFIG);
        connections(document).add(connections(document("api", CONFIG)).get(0));

        Problem taken = assertProblem(409, () -> platform.tenancy().importWorkspace(platform.admin(), target.id(),
                document));

        assertEquals(List.of("connections[1].name"), fields(taken));
        assertEquals(1, platform.connections().connections(platform.admin(), target.id()).size());
    }

    @EachDatabase
    void importNamesWhatIsWrongInTheDocument(Platform platform) {
        Workspace target = platform.createWorkspace(platform.admin(), "Target");
        ObjectNode unknownConnector = document("api", CONFIG);
        ((ObjectNode) connections(unknownConnector).get(0).get("connector")).put("version", "9.9.9");

        assertEquals(List.of("connections[0].connector"), fields(assertProblem(422,
                () -> platform.tenancy().importWorkspace(platform.admin(), target.id(), unknownConnector))));
        assertEquals(List.of("format"), fields(assertProblem(422,
                () -> platform.tenancy().importWorkspace(platform.admin(), target.id(), json("{'format': 'x'}")))));
    }

    private static NotesContent addNotes(Platform platform) {
        NotesContent notes = new NotesContent();
        platform.contents.add(notes);
        return notes;
    }

    private static List<String> connectionIds(Platform platform, Workspace workspace) {
        return connectionIds(platform, platform.admin(), workspace);
    }

    private static List<String> connectionIds(Platform platform, Caller caller, Workspace workspace) {
        return platform.connections().connections(caller, workspace.id()).stream().map(Connection::id).toList();
    }

    /** The one note the tests export, its connection mapped. */
    private static JsonNode callBack(String connectionId) {
        return json("{'notes': [{'text': 'call back', 'connection': '" + connectionId + "'}]}").get("notes");
    }

    private static Workspace withConnection(Platform platform, String workspaceName, String connectionName) {
        Workspace workspace = platform.createWorkspace(platform.admin(), workspaceName);
        platform.connections().create(platform.admin(), new ConnectionDraft(workspace.id(), FakeConnectors.ID,
                FakeConnectors.VERSION, connectionName, json(CONFIG)));
        return workspace;
    }

    private static ArrayNode connections(ObjectNode document) {
        return (ArrayNode) document.get("connections");
    }

    private static ObjectNode document(String connectionName, String config) {
        return json("{'format': 'tributary.workspace/1', 'workspace': {'name': 'X'}, 'connections': [{'name': '"
                + connectionName + "', 'connector': {'id': 'fake', 'version': '1.0.0'}, 'config': " + config
                + "}]}");
    }
}
