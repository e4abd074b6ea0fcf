package io.tributary.itests;

import static io.tributary.itests.Tributary.created;
import static io.tributary.itests.Tributary.ok;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A prebuilt integration from the local marketplace of the real distribution, end to end over REST: installed into
 * the default tenant (which installs the JDBC connector from the marketplace too), its slots filled with connections
 * to the machine's PostgreSQL and MariaDB, enabled, run, and uninstalled; and a webhook notification delivered to
 * an HTTP server of the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tributary tributary;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Path home = Files.createTempDirectory("integrations-it");
        UnpackedDistribution distribution = UnpackedDistribution.unpack(
                Path.of(System.getProperty("tributary.distribution")), home);
        tributary = new Tributary(distribution, "it-" + UUID.randomUUID()).start();
        admin = tributary.admin;
        // the first start publishes the shipped connectors and integrations to the local marketplace
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/api/v1/marketplace/listings/postgresql-mariadb-sync").status() == 200);
    }

    @AfterAll
    void stop() throws Exception {
        tributary.shutDown();
    }

    @Test
    void aPostgresqlToMariadbSyncRunsOnceItsSlotsAreFilledAndGoesAwayWithItsFlows() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String source = "it_source_" + suffix;
        String destination = "it_destination_" + suffix;
        Postgres.execute("CREATE TABLE " + source + " (id INT PRIMARY KEY, name VARCHAR(40), updated_at TIMESTAMP NOT NULL)",
                "INSERT INTO " + source + " SELECT g, 'row ' || g, now() - interval '1 hour' FROM generate_series(1, 25) g");
        MariaDb.execute("CREATE TABLE " + destination + " (id INT PRIMARY KEY, name VARCHAR(40))");
        try {
            JsonNode integration = created(admin.postJson("/api/v1/integrations", """
                    {"listingId": "postgresql-mariadb-sync",
                     "settings": {"sourceTable": "%s", "destinationTable": "%s",
                                  "mapping": "{ 'id': id, 'name': name }"}}
                    """.formatted(source, destination)));
            String id = integration.path("id").asText();
            String workspace = integration.path("workspaceId").asText();
            assertEquals(2, integration.path("slots").size(), integration.toString());
            integration.path("slots").forEach(slot -> assertFalse(slot.path("filled").asBoolean(), slot.toString()));
            JsonNode flow = integration.path("flows").get(0);
            assertFalse(flow.path("enabled").asBoolean(), "flows start disabled");

            // the connector it needs came from the marketplace with it
            JsonNode installed = ok(admin.get("/api/v1/marketplace/installed"));
            List<String> listings = new ArrayList<>();
            installed.path("items").forEach(item -> listings.add(item.path("listingId").asText()));
            assertTrue(listings.containsAll(List.of("jdbc", "postgresql-mariadb-sync")), installed.toString());
            String jdbcVersion = activeVersion("jdbc");

            String postgres = created(admin.postJson("/api/v1/connections", Postgres.connectionBody(workspace, "pg " + suffix)))
                    .path("id").asText();
            String mariadb = created(admin.postJson("/api/v1/connections",
                    MariaDb.connectionBody(workspace, "maria " + suffix, jdbcVersion))).path("id").asText();
            Http.Response wrongSlot = admin.putJson("/api/v1/integrations/" + id + "/connections",
                    "{\"nowhere\": \"" + postgres + "\"}");
            assertEquals(422, wrongSlot.status(), wrongSlot.body());

            JsonNode filled = ok(admin.putJson("/api/v1/integrations/" + id + "/connections",
                    "{\"source\": \"" + postgres + "\", \"destination\": \"" + mariadb + "\"}"));
            filled.path("slots").forEach(slot -> assertTrue(slot.path("filled").asBoolean(), slot.toString()));

            String flowId = flow.path("flowId").asText();
            assertEquals(200, admin.postJson("/api/v1/flows/" + flowId + "/enable", "{}").status());
            JsonNode run = tributary.finishedRun(tributary.startRun(flowId, "{}"), Duration.ofSeconds(60));
            assertEquals("succeeded", run.path("status").asText(), run.toString());
            assertEquals(25, run.path("counts").path("success").asLong(), run.toString());
            assertEquals(25, MariaDb.count("SELECT count(*) FROM " + destination));
            assertEquals(1, MariaDb.count("SELECT count(*) FROM " + destination + " WHERE id = 7 AND name = 'row 7'"));

            // a delta: only the changed row travels
            Postgres.execute("UPDATE " + source + " SET name = 'changed', updated_at = now() WHERE id = 7");
            JsonNode delta = tributary.finishedRun(tributary.startRun(flowId, "{}"), Duration.ofSeconds(60));
            assertEquals(1, delta.path("counts").path("read").asLong(), delta.toString());
            assertEquals(1, MariaDb.count("SELECT count(*) FROM " + destination + " WHERE id = 7 AND name = 'changed'"));

            assertEquals(204, admin.delete("/api/v1/integrations/" + id).status());
            assertEquals(0, ok(admin.get("/api/v1/flows?workspace=" + workspace)).path("items").size());
            assertEquals(404, admin.get("/api/v1/integrations/" + id).status());
            assertEquals(4, ok(admin.get("/api/v1/connections?workspace=" + workspace)).path("items").size(),
                    "the two slot shells and the two connections stay");
        } finally {
            Postgres.execute("DROP TABLE IF EXISTS " + source);
            MariaDb.execute("DROP TABLE IF EXISTS " + destination);
        }
    }

    @Test
    void aWebhookNotificationForwardsEveryEventToItsTarget() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/notifications", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        target.start();
        try {
            JsonNode integration = created(admin.postJson("/api/v1/integrations",
                    "{\"listingId\": \"webhook-http-notification\"}"));
            String workspace = integration.path("workspaceId").asText();
            String connection = created(admin.postJson("/api/v1/connections", """
                    {"workspaceId": "%s", "connector": {"id": "http", "version": "%s"}, "name": "notification target",
                     "config": {"baseUrl": "http://127.0.0.1:%d"}}
                    """.formatted(workspace, activeVersion("http"), target.getAddress().getPort()))).path("id").asText();
            ok(admin.putJson("/api/v1/integrations/" + integration.path("id").asText() + "/connections",
                    "{\"target\": \"" + connection + "\"}"));
            String flowId = integration.path("flows").get(0).path("flowId").asText();
            assertEquals(200, admin.postJson("/api/v1/flows/" + flowId + "/enable", "{}").status());
            String hookUrl = ok(admin.get("/api/v1/flows/" + flowId)).path("hookUrl").asText();

            Http.Response accepted = new Http(tributary.distribution.httpPort)
                    .postJson(hookUrl.substring(hookUrl.indexOf("/hooks/")), "{\"id\": 42, \"order\": \"A-1\"}");

            assertEquals(202, accepted.status(), accepted.body());
            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
            assertEquals("Event 42 received", received.get(0).path("text").asText(), received.toString());
            assertEquals("A-1", received.get(0).path("event").path("order").asText(), received.toString());
        } finally {
            target.stop(0);
        }
    }

    /** The active version of a connector, installed from the marketplace with an integration. */
    private String activeVersion(String connector) {
        for (JsonNode item : ok(admin.get("/api/v1/connectors")).path("items")) {
            if (item.path("id").asText().equals(connector) && item.path("state").asText().equals("active")) {
                return item.path("version").asText();
            }
        }
        throw new AssertionError("no active " + connector + " connector");
    }
}
