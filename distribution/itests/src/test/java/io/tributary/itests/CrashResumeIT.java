package io.tributary.itests;

import static io.tributary.itests.Tributary.created;
import static io.tributary.itests.Tributary.ok;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kill -9 in the middle of a PostgreSQL → PostgreSQL sync: after the restart the run resumes from its last committed
 * page and the destination holds exactly the source rows by key.
 */
class CrashResumeIT {

    private static final int ROWS = 40_000;

    @TempDir
    Path workDir;

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String source = "crash_src_" + suffix;
    private final String destination = "crash_dst_" + suffix;
    private Tributary tributary;

    @AfterEach
    void cleanUp() throws Exception {
        if (tributary != null) {
            tributary.shutDown();
        }
        Postgres.execute("DROP TABLE IF EXISTS " + source, "DROP TABLE IF EXISTS " + destination);
    }

    @Test
    void killedMidSyncResumesFromTheLastCommittedPageAndLosesNothing() throws Exception {
        Postgres.execute(
                "CREATE TABLE " + source + " (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, updated_at TIMESTAMP NOT NULL)",
                "INSERT INTO " + source + " SELECT g, 'row ' || g, now() FROM generate_series(1, " + ROWS + ") g",
                "CREATE TABLE " + destination + " (id INT PRIMARY KEY, label VARCHAR(60) NOT NULL)");
        tributary = new Tributary(UnpackedDistribution.unpack(
                Path.of(System.getProperty("tributary.distribution")), workDir), "it-" + UUID.randomUUID()).start();
        tributary.installConnector("tributary.connector.jdbc.jar");
        String workspace = created(tributary.admin.postJson("/api/v1/workspaces", "{\"name\": \"Crash\"}")).path("id").asText();
        String database = created(tributary.admin.postJson("/api/v1/connections",
                Postgres.connectionBody(workspace, "postgres"))).path("id").asText();
        String flow = created(tributary.admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "crash sync",
                 "source": {"connection": "%s", "operation": "select", "sync": "delta",
                            "config": {"table": "%s", "keyColumns": ["id"], "deltaColumn": "updated_at"}},
                 "steps": [{"type": "map", "name": "label", "expression": "{'id': id, 'label': $uppercase(name)}"}],
                 "destinations": [{"name": "copy", "connection": "%s", "operation": "write", "mode": "upsert",
                                   "config": {"table": "%s", "keyColumns": ["id"]}}],
                 "settings": {"pageSize": 100}}
                """.formatted(workspace, database, source, database, destination))).path("id").asText();

        Http.Response started = tributary.admin.postJson("/api/v1/flows/" + flow + "/runs", "{\"mode\": \"normal\"}");
        assertEquals(202, started.status(), started.body());
        String run = started.json().path("id").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> run(run).path("pages").asLong() >= 5);
        tributary.distribution.kill();
        await().atMost(Duration.ofSeconds(30)).until(() -> !tributary.distribution.isRunning());
        long copiedAtCrash = Postgres.count("SELECT count(*) FROM " + destination);
        assertTrue(copiedAtCrash > 0 && copiedAtCrash < ROWS, "killed mid-sync: " + copiedAtCrash + " rows copied");

        tributary.start();
        JsonNode finished = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> run(run), body -> !body.path("status").asText().equals("running"));
        assertEquals("succeeded", finished.path("status").asText(), finished.toString());
        assertTrue(finished.path("pages").asLong() < ROWS / 100 + 5,
                "resumed from the last committed page, not from the start: " + finished);

        assertEquals(ROWS, Postgres.count("SELECT count(*) FROM " + destination));
        assertEquals(0, Postgres.count("SELECT count(*) FROM " + source + " s LEFT JOIN " + destination
                + " d ON d.id = s.id WHERE d.id IS NULL OR d.label <> upper(s.name)"), "every source row, mapped");
        assertEquals(0, Postgres.count("SELECT count(*) FROM " + destination + " d LEFT JOIN " + source
                + " s ON s.id = d.id WHERE s.id IS NULL"), "nothing that is not in the source");

        // the watermark moved only now: a second delta run finds nothing new
        Http.Response again = tributary.admin.postJson("/api/v1/flows/" + flow + "/runs", "{\"mode\": \"normal\"}");
        assertEquals(202, again.status(), again.body());
        JsonNode second = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> run(again.json().path("id").asText()), body -> !body.path("status").asText().equals("running"));
        assertEquals("succeeded", second.path("status").asText(), second.toString());
        assertEquals(0, second.path("counts").path("read").asLong(), second.toString());
    }

    private JsonNode run(String id) {
        return ok(tributary.admin.get("/api/v1/runs/" + id));
    }
}
