package io.tributary.tenancy.internal.connection;

import static io.tributary.tenancy.internal.ProblemAssert.assertProblem;
import static io.tributary.tenancy.internal.ProblemAssert.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.problem.Problem;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.api.tenancy.ConnectionService;
import io.tributary.api.tenancy.Workspace;
import io.tributary.store.testing.EachDatabase;
import io.tributary.tenancy.internal.FakeConnectors;
import io.tributary.tenancy.internal.Platform;

/** Connection secrets: encrypted at rest, masked when read, kept when sent back masked, decrypted for the connector. */
class ConnectionSecretsTest {

    static final String PASSWORD = "s3cret-Pa55word";
    static final String API_KEY = "key-0123456789";
    static final String CONFIG = "{'baseUrl': 'https://example.com', 'apiKey': '" + API_KEY + "',"
            + " 'auth': {'type': 'basic', 'username': 'ann', 'password': '" + PASSWORD + "'}}";

    @EachDatabase
    void secretsAreEncryptedAtRestAndNowhereInTheTableInPlain(Platform platform) {
        Connection created = create(platform, CONFIG);

        String row = platform.rows("workspace_connection").get(0).toString();

        assertFalse(row.contains(PASSWORD));
        assertFalse(row.contains(API_KEY));
        assertTrue(row.contains("\"password\":\"enc:v1:"), row);
        assertTrue(row.contains("\"apiKey\":\"enc:v1:"), row);
        assertTrue(row.contains("\"username\":\"ann\""), "plain fields stay readable");
        assertEquals(created.id(), platform.rows("workspace_connection").get(0).get("id"));
    }

    @EachDatabase
    void secretsAreMaskedInEverythingReturned(Platform platform) {
        Connection created = create(platform, CONFIG);
        Caller admin = platform.admin();

        for (Connection read : List.of(created, platform.connections().connection(admin, created.id()),
                platform.connections().connections(admin, created.workspaceId()).get(0))) {
            assertEquals(ConnectionService.MASK, read.config().path("auth").path("password").asText());
            assertEquals(ConnectionService.MASK, read.config().path("apiKey").asText());
            assertEquals("ann", read.config().path("auth").path("username").asText());
        }
    }

    @EachDatabase
    void secretsSentBackMaskedOrLeftOutKeepTheirStoredValue(Platform platform) {
        Connection created = create(platform, CONFIG);
        String sentBack = "{'baseUrl': 'https://example.org',"
                + " 'auth': {'type': 'basic', 'username': 'ann', 'password': '********'}}";

        platform.connections().update(platform.admin(), created.id(), draft(created.workspaceId(), sentBack));

        assertSecrets(testedConnection(platform, created), PASSWORD, API_KEY);
    }

    @EachDatabase
    void aNewSecretValueReplacesTheStoredOne(Platform platform) {
        Connection created = create(platform, CONFIG);
        String changed = "{'baseUrl': 'https://example.com', 'apiKey': 'new-key-value',"
                + " 'auth': {'type': 'basic', 'username': 'ann', 'password': '********'}}";

        platform.connections().update(platform.admin(), created.id(), draft(created.workspaceId(), changed));

        assertSecrets(testedConnection(platform, created), PASSWORD, "new-key-value");
    }

    @EachDatabase
    void theConnectorsTestGetsTheDecryptedConfiguration(Platform platform) {
        Connection created = create(platform, CONFIG);

        ConnectionTest result = platform.connections().test(platform.admin(), created.id());

        assertTrue(result.ok());
        assertEquals(Platform.json(CONFIG), platform.connectors.testedConnections.get(0));
    }

    @EachDatabase
    void secretsAreRedactedFromTheConnectorsLogAndResult(Platform platform) {
        Connection created = create(platform, CONFIG);

        ConnectionTest result = platform.connections().test(platform.admin(), created.id());

        assertEquals("connected with " + ConnectionService.MASK, result.message());
        String log = String.join("\n", platform.connectorLog.lines);
        assertTrue(log.contains("signing in with password " + ConnectionService.MASK), log);
        assertTrue(log.contains("server said: bad key " + ConnectionService.MASK), log);
        assertFalse(log.contains(PASSWORD) || log.contains(API_KEY), log);
    }

    @EachDatabase
    void testingWithoutAnActiveConnectorFailsSayingSo(Platform platform) {
        Connection created = create(platform, CONFIG);
        platform.connectors.stopService();

        ConnectionTest result = platform.connections().test(platform.admin(), created.id());

        assertFalse(result.ok());
        assertTrue(result.message().contains("not installed or not active"), result.message());
    }

    @EachDatabase
    void schemaViolationsAre422NamingEachFieldPath(Platform platform) {
        String broken = "{'baseUrl': 'ftp://x', 'timeoutSeconds': 0, 'auth': {'type': 'basic', 'username': 'ann'},"
                + " 'extra': true}";

        Problem invalid = assertProblem(422, () -> create(platform, broken));

        assertEquals(List.of("config.auth.password", "config.baseUrl", "config.extra", "config.timeoutSeconds"),
                fields(invalid).stream().sorted().toList());
    }

    @EachDatabase
    void unknownConnectorVersionIs422OnConnector(Platform platform) {
        Workspace workspace = platform.createWorkspace(platform.admin(), "W");
        ConnectionDraft draft = new ConnectionDraft(workspace.id(), FakeConnectors.ID, "9.9.9", "api",
                Platform.json(CONFIG));

        Problem invalid = assertProblem(422, () -> platform.connections().create(platform.admin(), draft));

        assertEquals(List.of("connector"), fields(invalid));
    }

    @EachDatabase
    void plainFieldsMayNotCarryWhatLooksLikeAnEncryptedSecret(Platform platform) {
        Problem invalid = assertProblem(422, () -> create(platform,
                "{'baseUrl': 'https://example.com', 'auth': {'type': 'none', 'username': 'enc:v1:k:AAAA'}}"));

        assertEquals(List.of("config.auth.username"), fields(invalid));
    }

    @EachDatabase
    void connectionNamesAreUniquePerWorkspace(Platform platform) {
        Connection created = create(platform, CONFIG);

        Problem taken = assertProblem(409, () -> platform.connections().create(platform.admin(),
                draft(created.workspaceId(), CONFIG)));

        assertEquals(List.of("name"), fields(taken));
    }

    static Connection create(Platform platform, String config) {
        Workspace workspace = platform.tenancy().workspaces(platform.admin()).stream().findFirst()
                .orElseGet(() -> platform.createWorkspace(platform.admin(), "W"));
        return platform.connections().create(platform.admin(), draft(workspace.id(), config));
    }

    static ConnectionDraft draft(String workspaceId, String config) {
        return new ConnectionDraft(workspaceId, FakeConnectors.ID, FakeConnectors.VERSION, "api",
                Platform.json(config));
    }

    /** What the connector received when testing the connection: the real secrets. */
    static ObjectNode testedConnection(Platform platform, Connection connection) {
        platform.connections().test(platform.admin(), connection.id());
        List<ObjectNode> tested = platform.connectors.testedConnections;
        return tested.get(tested.size() - 1);
    }

    private static void assertSecrets(ObjectNode connection, String password, String apiKey) {
        assertEquals(password, connection.path("auth").path("password").asText());
        assertEquals(apiKey, connection.path("apiKey").asText());
    }
}
