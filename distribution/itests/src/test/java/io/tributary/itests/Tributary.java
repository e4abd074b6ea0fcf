package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

/** An unpacked distribution started with a known admin password, driven over REST as the admin. */
final class Tributary {

    private static final String JAR = "application/java-archive";


    final UnpackedDistribution distribution;
    private final String adminPassword;
    Http admin;

    Tributary(UnpackedDistribution distribution, String adminPassword) {
        this.distribution = distribution;
        this.adminPassword = adminPassword;
    }

    /** Starts it (again) and signs in as the admin once it is healthy. */
    Tributary start() throws IOException, InterruptedException {
        distribution.start(Map.of("TRIBUTARY_ADMIN_PASSWORD", adminPassword));
        Http http = new Http(distribution.httpPort);
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> http.get("/api/v1/health").json().path("status").asText().equals("UP"));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not healthy within 2 minutes; the end of karaf.log:\n" + logTail(80), e);
        }
        Http.Response login = http.postJson("/api/v1/auth/login",
                "{\"username\": \"admin\", \"password\": \"" + adminPassword + "\"}");
        assertEquals(200, login.status(), login.body());
        admin = http.withToken(login.json().path("token").asText());
        ApiReadiness.awaitServices(admin);
        return this;
    }

    private String logTail(int lines) throws IOException {
        Path log = distribution.home().resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return "(no log)";
        }
        // stack frames crowd out the lines that say what happened
        List<String> all = Files.readAllLines(log).stream().filter(line -> !line.startsWith("\tat ")).toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Uploads a connector jar named by a system property, e.g. {@code tributary.connector.jdbc.jar}. */
    void installConnector(String jarProperty) throws IOException {
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty(jarProperty)));
        Http.Response installed = admin.post("/api/v1/connectors", JAR, jar);
        assertEquals(201, installed.status(), installed.body());
    }

    /** Stops it for good at the end of a test, forcibly if it does not stop. */
    void shutDown() throws IOException, InterruptedException {
        if (distribution.isRunning()) {
            distribution.stop();
            await().atMost(Duration.ofSeconds(60)).until(() -> !distribution.isRunning());
        }
        distribution.kill();
    }

    /** Starts a run of a flow as the admin. @return the run's id */
    String startRun(String flow, String body) {
        Http.Response started = admin.postJson("/api/v1/flows/" + flow + "/runs", body);
        assertEquals(202, started.status(), started.body());
        return started.json().path("id").asText();
    }

    /** The run once it has ended. */
    JsonNode finishedRun(String run, Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> ok(admin.get("/api/v1/runs/" + run)),
                        body -> Set.of("succeeded", "partial", "failed", "cancelled").contains(body.path("status").asText()));
    }

    static JsonNode created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    static JsonNode ok(Http.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
