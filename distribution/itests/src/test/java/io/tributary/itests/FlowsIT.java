package io.tributary.itests;

import static io.tributary.itests.Tributary.created;
import static io.tributary.itests.Tributary.ok;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Flows over REST against the real distribution, the machine's PostgreSQL as source and destination, and a GreenMail
 * SMTP server receiving the alert digests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowsIT {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final GreenMail smtp = new GreenMail(new ServerSetup(FreePort.next(), "127.0.0.1", "smtp"));
    private Tributary tributary;
    private Http admin;
    private final List<String> tables = new ArrayList<>();
    private String workspace;
    private String database;

    @BeforeAll
    void start() throws Exception {
        smtp.start();
        Path home = Files.createTempDirectory("flows-it");
        UnpackedDistribution distribution = UnpackedDistribution.unpack(
                Path.of(System.getProperty("tributary.distribution")), home);
        // the feature writes the documented file at the first start unless one is there already
        Files.writeString(distribution.home().resolve("etc/io.tributary.alerts.cfg"), String.join("\n",
                "host = 127.0.0.1", "port = " + smtp.getSmtp().getPort(), "from = tributary@example.com",
                "digestWindowSeconds = 2", ""));
        tributary = new Tributary(distribution, "it-" + UUID.randomUUID()).start();
        admin = tributary.admin;
        tributary.installConnector("tributary.connector.jdbc.jar");
    }

    @AfterAll
    void stop() throws Exception {
        tributary.shutDown();
        smtp.stop();
    }

    @BeforeEach
    void workspaceWithDatabase() {
        workspace = created(admin.postJson("/api/v1/workspaces", "{\"name\": \"flows " + UUID.randomUUID() + "\"}"))
                .path("id").asText();
        database = created(admin.postJson("/api/v1/connections", Postgres.connectionBody(workspace, "postgres")))
                .path("id").asText();
    }

    @AfterEach
    void dropTables() throws Exception {
        for (String table : tables) {
            Postgres.execute("DROP TABLE IF EXISTS " + table);
        }
        tables.clear();
    }

    @Test
    void badDefinitionsAreRefusedNamingEveryFieldAndNothingIsSaved() {
        Http.Response refused = admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "broken",
                 "trigger": {"type": "schedule", "cron": "every now and then"},
                 "source": {"connection": "%s", "operation": "select", "version": "[7.0,8.0)",
                            "config": {"table": "t", "keyColumns": ["id"]}},
                 "steps": [{"type": "map", "name": "m", "expression": "{ 'id': id, "}],
                 "destinations": [{"name": "d", "connection": "no-such-connection", "operation": "write",
                                   "mode": "upsert", "config": {"table": "t", "keyColumns": ["id"]}}]}
                """.formatted(workspace, database));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        Set<String> fields = fields(refused.json());
        assertTrue(fields.containsAll(Set.of("trigger.cron", "source.version", "steps[0].expression",
                "destinations[0].connection")), fields.toString());
        assertEquals(0, ok(admin.get("/api/v1/flows?workspace=" + workspace)).path("items").size());
    }

    @Test
    void deltaSyncKeepsEveryOutcomeAlertsAndAutoResolves() throws Exception {
        String source = table("CREATE TABLE %s (id INT PRIMARY KEY, name VARCHAR(40), qty INT, price NUMERIC(10,2),"
                + " updated_at TIMESTAMP NOT NULL)");
        String destination = table("CREATE TABLE %s (id INT PRIMARY KEY, label VARCHAR(60), total NUMERIC(12,2)"
                + " CHECK (total < 1000))");
        // 1..40: 5 have qty 0 (filtered), 3 have a total over 1000 (the destination refuses them)
        Postgres.execute("INSERT INTO " + source + " SELECT g, 'item ' || g, CASE WHEN g % 8 = 0 THEN 0 ELSE 2 END,"
                + " CASE WHEN g IN (3, 13, 23) THEN 900 ELSE 10 END, now() - interval '1 hour'"
                + " FROM generate_series(1, 40) g");
        String flow = created(admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "orders",
                 "source": {"connection": "%s", "operation": "select", "sync": "delta",
                            "config": {"table": "%s", "keyColumns": ["id"], "deltaColumn": "updated_at"}},
                 "steps": [{"type": "filter", "name": "in-stock", "condition": "qty > 0"},
                           {"type": "map", "name": "shape",
                            "expression": "{'id': id, 'label': $uppercase(name), 'total': qty * price}"}],
                 "destinations": [{"name": "copy", "connection": "%s", "operation": "write", "mode": "upsert",
                                   "config": {"table": "%s", "keyColumns": ["id"]}}],
                 "settings": {"pageSize": 7},
                 "alerts": {"subscribers": ["ops@example.com"]}}
                """.formatted(workspace, database, source, database, destination))).path("id").asText();

        // preview over samples and over the source: each step's input and output, nothing written
        JsonNode preview = ok(admin.postJson("/api/v1/flows/" + flow + "/preview",
                "{\"sample\": [{\"id\": 1, \"name\": \"a\", \"qty\": 3, \"price\": 2}, {\"id\": 2, \"name\": \"b\", \"qty\": 0, \"price\": 1}]}"));
        JsonNode shape = step(preview, "map");
        assertEquals(1, shape.path("output").size(), preview.toString());
        assertEquals(6, shape.path("output").get(0).path("data").path("total").asInt(), preview.toString());
        assertEquals(1, step(preview, "filter").path("issues").size(), preview.toString());
        assertTrue(step(ok(admin.postJson("/api/v1/flows/" + flow + "/preview", "{\"limit\": 5}")), "filter")
                .path("input").size() > 0);
        assertEquals(0, Postgres.count("SELECT count(*) FROM " + destination), "a preview writes nothing");

        // a test run writes the first records for real and leaves the watermark alone
        JsonNode test = finished(start(flow, "{\"mode\": \"test\", \"limit\": 4}"));
        assertEquals("test", test.path("mode").asText());
        assertEquals(4, test.path("counts").path("read").asLong(), test.toString());
        assertEquals(3, Postgres.count("SELECT count(*) FROM " + destination), "1, 2 and 4 (3 is too expensive)");

        JsonNode first = finished(start(flow, "{\"mode\": \"normal\"}"));
        assertEquals("partial", first.path("status").asText(), first.toString());
        assertEquals(40, first.path("counts").path("read").asLong(), "the test run did not move the watermark");
        assertEquals(32, first.path("counts").path("success").asLong(), first.toString());
        assertEquals(5, first.path("counts").path("ignored").asLong(), first.toString());
        assertEquals(3, first.path("counts").path("errors").asLong(), first.toString());
        assertEquals(32, Postgres.count("SELECT count(*) FROM " + destination));
        String runId = first.path("id").asText();
        assertEquals(5, ok(admin.get("/api/v1/runs/" + runId + "/records?outcome=ignored")).path("items").size());
        assertEquals(40, ok(admin.get("/api/v1/runs/" + runId + "/records?limit=100")).path("items").size());

        JsonNode open = ok(admin.get("/api/v1/errors?flow=" + flow + "&status=open"));
        assertEquals(3, open.path("items").size(), open.toString());
        JsonNode error = open.path("items").get(0);
        assertEquals("destinations[0]:copy", error.path("step").asText(), error.toString());
        assertFalse(error.path("message").asText().isBlank());
        MimeMessage digest = awaitMail("new error");
        assertTrue(digest.getSubject().contains("orders"), digest.getSubject());
        assertEquals("ops@example.com", digest.getAllRecipients()[0].toString());

        // the source is fixed: the next delta run writes those records and the errors resolve themselves
        Postgres.execute("UPDATE " + source + " SET price = 100, updated_at = now() WHERE id IN (3, 13)");
        JsonNode second = finished(start(flow, "{\"mode\": \"normal\"}"));
        assertEquals("succeeded", second.path("status").asText(), second.toString());
        assertEquals(2, second.path("counts").path("read").asLong(), "only the changed rows: " + second);
        JsonNode autoResolved = ok(admin.get("/api/v1/errors?flow=" + flow + "&status=auto-resolved"));
        assertEquals(2, autoResolved.path("items").size(), autoResolved.toString());
        assertEquals("run:" + second.path("id").asText(), autoResolved.path("items").get(0).path("resolvedBy").asText());
        assertTrue(GreenMailUtil.getBody(awaitMail("auto-resolved")).contains("2"), "a digest of the auto-resolve");

        // the last one is retried with an edited record, which fixes it
        JsonNode last = ok(admin.get("/api/v1/errors?flow=" + flow + "&status=open")).path("items").get(0);
        assertEquals("23", last.path("recordKey").asText());
        JsonNode retried = ok(admin.postJson("/api/v1/errors/" + last.path("id").asText() + "/retry",
                "{\"record\": {\"id\": 23, \"name\": \"item 23\", \"qty\": 1, \"price\": 5}}"));
        assertEquals("resolved", retried.path("status").asText(), retried.toString());
        assertEquals("admin", retried.path("resolvedBy").asText());
        assertEquals("5.00", Postgres.strings("SELECT total FROM " + destination + " WHERE id = 23").get(0));
        assertEquals(409, admin.postJson("/api/v1/errors/" + last.path("id").asText() + "/resolve", "{}").status());

        JsonNode stats = ok(admin.get("/api/v1/flows/" + flow + "/stats?days=30"));
        JsonNode today = stats.path("days").get(stats.path("days").size() - 1);
        assertEquals(30, stats.path("days").size());
        assertTrue(today.path("runs").asLong() >= 4, today.toString());
        assertTrue(today.path("success").asLong() >= 32 + 3 + 2, today.toString());
        assertEquals(5, today.path("ignored").asLong(), today.toString());
    }

    @Test
    void webhookEventsArePersistedBeforeTheAnswerAndWritten() throws Exception {
        String destination = table("CREATE TABLE %s (id VARCHAR(20) PRIMARY KEY, amount INT)");
        JsonNode flow = created(admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "hook", "enabled": true,
                 "trigger": {"type": "webhook", "keyField": "ref"},
                 "steps": [{"type": "map", "expression": "{'id': ref, 'amount': amount}"}],
                 "destinations": [{"name": "copy", "connection": "%s", "operation": "write", "mode": "upsert",
                                   "config": {"table": "%s", "keyColumns": ["id"]}}]}
                """.formatted(workspace, database, destination)));
        String hookUrl = flow.path("hookUrl").asText();
        assertTrue(hookUrl.contains("/hooks/"), flow.toString());
        String hookPath = hookUrl.substring(hookUrl.indexOf("/hooks/"));
        Http anonymous = new Http(tributary.distribution.httpPort);
        for (int i = 0; i < 20; i++) {
            Http.Response accepted = anonymous.postJson(hookPath, "[{\"ref\": \"a" + i + "\", \"amount\": " + i + "},"
                    + " {\"ref\": \"b" + i + "\", \"amount\": 1}]");
            assertEquals(202, accepted.status(), accepted.body());
            assertEquals(2, accepted.json().path("records").asInt());
        }
        await().atMost(RUN_TIMEOUT).until(() -> Postgres.count("SELECT count(*) FROM " + destination) == 40);
        assertEquals(404, anonymous.postJson("/hooks/no-such-key", "{}").status());
        assertEquals(400, anonymous.postJson(hookPath, "{not json").status());
        JsonNode runs = ok(admin.get("/api/v1/runs?flow=" + flow.path("id").asText()));
        assertTrue(StreamSupport.stream(runs.path("items").spliterator(), false)
                .allMatch(run -> run.path("trigger").asText().equals("webhook")), runs.toString());
    }

    @Test
    void anEnabledScheduleRunsTheFlowByItself() throws Exception {
        String source = table("CREATE TABLE %s (id INT PRIMARY KEY)");
        String destination = table("CREATE TABLE %s (id INT PRIMARY KEY)");
        Postgres.execute("INSERT INTO " + source + " SELECT g FROM generate_series(1, 10) g");
        String flow = created(admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "every second", "enabled": false,
                 "trigger": {"type": "schedule", "cron": "* * * * * ?"},
                 "source": {"connection": "%s", "operation": "select", "config": {"table": "%s", "keyColumns": ["id"]}},
                 "destinations": [{"name": "copy", "connection": "%s", "operation": "write", "mode": "upsert",
                                   "config": {"table": "%s", "keyColumns": ["id"]}}]}
                """.formatted(workspace, database, source, database, destination))).path("id").asText();
        Thread.sleep(1500);
        assertEquals(0, ok(admin.get("/api/v1/runs?flow=" + flow)).path("items").size(), "disabled: no runs");
        ok(admin.postJson("/api/v1/flows/" + flow + "/enable", "{}"));
        await().atMost(RUN_TIMEOUT).until(() -> ok(admin.get("/api/v1/runs?flow=" + flow + "&status=succeeded"))
                .path("items").size() >= 2);
        ok(admin.postJson("/api/v1/flows/" + flow + "/disable", "{}"));
        assertEquals(10, Postgres.count("SELECT count(*) FROM " + destination));
        assertEquals("schedule", ok(admin.get("/api/v1/runs?flow=" + flow)).path("items").get(0).path("trigger").asText());

        Http.Response inUse = admin.delete("/api/v1/connectors/jdbc/1.0.0");
        assertEquals(409, inUse.status(), "flows use the connector: " + inUse.body());
    }

    private String table(String createTemplate) throws Exception {
        String name = "flows_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Postgres.execute(createTemplate.formatted(name));
        tables.add(name);
        return name;
    }

    private String start(String flow, String body) {
        return tributary.startRun(flow, body);
    }

    private JsonNode finished(String run) {
        return tributary.finishedRun(run, RUN_TIMEOUT);
    }

    /** The first digest received whose subject mentions the text. */
    private MimeMessage awaitMail(String subjectPart) {
        return await().atMost(RUN_TIMEOUT).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).contains(subjectPart)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode step(JsonNode preview, String type) {
        return StreamSupport.stream(preview.path("steps").spliterator(), false)
                .filter(step -> step.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " step in " + preview));
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new java.util.TreeSet<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
