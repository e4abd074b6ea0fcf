package io.tributary.itests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The people, tenants, tokens and things the authorization matrix talks about, made over the REST API of a running
 * Tributary: tenants T (under test) and U (another), their users, sessions, an expired and a revoked token, and per
 * cell a fresh workspace W with member N, connection C and token Q; the flow fixtures and the marketplace's
 * ({@link MarketplaceFixtures}) only for the rows that name them.
 */
final class MatrixFixtures {

    static final String PASSWORD = "correct horse battery staple";
    private static final List<String> FLOW_FIXTURES = List.of("D", "F", "R", "E");

    private final Http anonymous;
    private final String operatorPassword;
    private final AtomicInteger unique = new AtomicInteger();
    final Map<String, String> values = new HashMap<>();
    final Map<String, Http> callers = new HashMap<>();
    private final Map<String, String> usernames = new HashMap<>();
    final MarketplaceFixtures marketplace = new MarketplaceFixtures(this);
    private Http tenantAdmin;

    MatrixFixtures(Http anonymous, String operatorUsername, String operatorPassword) {
        this.anonymous = anonymous;
        this.operatorPassword = operatorPassword;
        usernames.put("operator", operatorUsername);
        callers.put("operator", signIn("operator"));
    }

    /** The operator's current session: cells may log it out. */
    Http operator() {
        return callers.get("operator");
    }

    /** Everything that stays for the whole replay. */
    void createBase(String connectorId, String connectorVersion, String connectorConfig) {
        values.put("T", createTenant("t-owner"));
        tenantAdmin = signIn("t-owner");
        createTenant("u-owner");
        Http otherOwner = signIn("u-owner");
        values.put("M.username", createUser(tenantAdmin, "monitor", "member"));
        values.put("M.password", PASSWORD);
        createUser(tenantAdmin, "manager", "member");
        createUser(tenantAdmin, "admin", "admin");
        createUser(otherOwner, "other-admin", "admin");
        for (String caller : new String[] {"monitor", "manager", "admin", "other-admin"}) {
            callers.put(caller, signIn(caller));
        }
        callers.put("none", anonymous);
        callers.put("expired", anonymous.withToken(expiredTokenOfMonitor()));
        callers.put("revoked", anonymous.withToken(revokedTokenOfMonitor()));
        values.put("K.id", connectorId);
        values.put("K.version", connectorVersion);
        values.put("K.config", connectorConfig);
    }

    /** A fresh workspace W (M monitor, G manager, N monitor), connection C in it, and token Q of M. */
    void createFresh() {
        String workspace = id(tenantAdmin.postJson("/api/v1/workspaces", "{\"name\": \"" + next("ws") + "\"}"));
        values.put("W", workspace);
        String target = createUser(tenantAdmin, next("target"), "member");
        values.put("N", id(tenantAdmin.get("/api/v1/users?limit=500"), target));
        member(tenantAdmin, workspace, "monitor", "monitor");
        member(tenantAdmin, workspace, "manager", "manage");
        membership(tenantAdmin, workspace, target, "monitor");
        values.put("C", id(tenantAdmin.postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace
                + "\", \"connector\": {\"id\": \"" + values.get("K.id") + "\", \"version\": \"" + values.get("K.version")
                + "\"}, \"name\": \"" + next("conn") + "\", \"config\": " + values.get("K.config") + "}")));
        values.put("Q", id(callers.get("monitor").postJson("/api/v1/tokens", "{\"name\": \"" + next("q") + "\"}")));
        values.keySet().removeAll(FLOW_FIXTURES);
        values.keySet().removeAll(MarketplaceFixtures.PER_CELL);
    }

    /**
     * Flow F of W over a connection D like C, its finished run R and R's open error E, made only for the rows that
     * name them (a run per fresh workspace would slow the replay down).
     */
    void ensureFlowFixtures(String rowText) {
        if (FLOW_FIXTURES.stream().noneMatch(name -> rowText.contains("${" + name + "}"))
                || values.containsKey("F")) {
            return;
        }
        String workspace = values.get("W");
        values.put("D", id(tenantAdmin.postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace
                + "\", \"connector\": {\"id\": \"" + values.get("K.id") + "\", \"version\": \"" + values.get("K.version")
                + "\"}, \"name\": \"" + next("conn") + "\", \"config\": " + values.get("K.config") + "}")));
        String flow = id(tenantAdmin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "%s",
                 "source": {"connection": "%s", "operation": "get",
                            "config": {"path": "/openapi.json", "recordsPointer": "/servers", "keyField": "url"}},
                 "destinations": [{"name": "health", "connection": "%s", "operation": "send", "mode": "insert",
                                   "config": {"path": "/health"}}]}
                """.formatted(workspace, next("flow"), values.get("D"), values.get("D"))));
        values.put("F", flow);
        String run = expect(202, tenantAdmin.postJson("/api/v1/flows/" + flow + "/runs", "{\"mode\": \"normal\"}"))
                .json().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("queued", "running")
                .contains(expect(200, tenantAdmin.get("/api/v1/runs/" + run)).json().path("status").asText()));
        values.put("R", run);
        JsonNode errors = expect(200, tenantAdmin.get("/api/v1/errors?run=" + run)).json().path("items");
        if (errors.isEmpty()) {
            throw new AssertionError("run " + run + " of the fixture flow left no error");
        }
        values.put("E", errors.get(0).path("id").asText());
    }

    String next(String prefix) {
        return prefix + "-" + unique.incrementAndGet();
    }

    /** Signs a caller in again, e.g. after a cell logged its session out. */
    void renewSession(String caller) {
        if (usernames.containsKey(caller)) {
            callers.put(caller, signIn(caller));
        }
    }

    /** W's export with its connection names made unique, so importing it back into W adds copies. */
    String exportOfW() {
        JsonNode document = tenantAdmin.get("/api/v1/workspaces/" + values.get("W") + "/export").json();
        for (String section : List.of("connections", "flows")) {
            document.path(section).forEach(item -> ((ObjectNode) item).put("name", next(item.path("name").asText())));
        }
        return document.toString();
    }

    private String createTenant(String owner) {
        String username = next(owner);
        usernames.put(owner, username);
        return id(operator().postJson("/api/v1/tenants", "{\"name\": \"" + next("tenant") + "\", \"owner\": {\"username\": \""
                + username + "\", \"password\": \"" + PASSWORD + "\", \"email\": \"" + username + "@example.com\"}}"));
    }

    private String createUser(Http admin, String who, String role) {
        String username = next(who);
        usernames.put(who, username);
        id(admin.postJson("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD
                + "\", \"email\": \"" + username + "@example.com\", \"tenantRole\": \"" + role + "\"}"));
        return username;
    }

    /** Makes the user a caller key (monitor, manager…) stands for a member of the workspace, as {@code admin}. */
    void member(Http admin, String workspace, String caller, String role) {
        membership(admin, workspace, usernames.get(caller), role);
    }

    private void membership(Http admin, String workspace, String username, String role) {
        String user = id(admin.get("/api/v1/users?limit=500"), username);
        expect(200, admin.putJson("/api/v1/workspaces/" + workspace + "/members/" + user, "{\"role\": \"" + role + "\"}"));
    }

    /** Signs in the user a caller key (operator, monitor, t-owner…) stands for. */
    private Http signIn(String who) {
        String username = usernames.get(who);
        String password = who.equals("operator") ? operatorPassword : PASSWORD;
        Http.Response login = anonymous.postJson("/api/v1/auth/login",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        return anonymous.withToken(expect(200, login).json().path("token").asText());
    }

    private String expiredTokenOfMonitor() {
        String expiresAt = Instant.now().plusSeconds(2).toString();
        String token = expect(201, callers.get("monitor").postJson("/api/v1/tokens",
                "{\"name\": \"expiring\", \"expiresAt\": \"" + expiresAt + "\"}")).json().path("token").asText();
        Http expiring = anonymous.withToken(token);
        await().atMost(Duration.ofSeconds(30)).until(() -> expiring.get("/api/v1/me").status() == 401);
        return token;
    }

    private String revokedTokenOfMonitor() {
        JsonNode created = expect(201, callers.get("monitor").postJson("/api/v1/tokens", "{\"name\": \"revoked\"}")).json();
        expect(204, callers.get("monitor").delete("/api/v1/tokens/" + created.path("id").asText()));
        return created.path("token").asText();
    }

    static String id(Http.Response created) {
        return expect(201, created).json().path("id").asText();
    }

    private static String id(Http.Response users, String username) {
        for (JsonNode user : expect(200, users).json().path("items")) {
            if (user.path("username").asText().equals(username)) {
                return user.path("id").asText();
            }
        }
        throw new AssertionError("no user " + username + " in " + users.body());
    }

    static Http.Response expect(int status, Http.Response response) {
        if (response.status() != status) {
            throw new AssertionError("fixture request answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
