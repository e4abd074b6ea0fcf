package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.itests.bundles.TestBundles;
import io.tributary.itests.bundles.WorkingConnector;
import io.tributary.rest.internal.matrix.AuthorizationMatrix;
import io.tributary.rest.internal.matrix.AuthorizationMatrix.Row;

/**
 * Replays the authorization matrix of platform/rest (every REST endpoint × eight kinds of caller, the expected status
 * written down) against the real distribution with the real tenancy service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String ADMIN_PASSWORD = "it-admin-" + UUID.randomUUID();
    private static final String K2_ID = "matrixk2";
    private static final Pattern UNIQUE = Pattern.compile(Pattern.quote("${unique}"));
    private static final Pattern KEY = Pattern.compile(Pattern.quote("${key}"));

    private UnpackedDistribution distribution;
    private MatrixFixtures fixtures;

    @BeforeAll
    void startWithFixtures(@TempDir Path workDir) throws Exception {
        distribution = UnpackedDistribution.unpack(Path.of(System.getProperty("tributary.distribution")), workDir);
        distribution.start(Map.of("TRIBUTARY_ADMIN_PASSWORD", ADMIN_PASSWORD));
        Http anonymous = new Http(distribution.httpPort);
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                .until(() -> anonymous.get("/api/v1/health").status() == 200);
        fixtures = new MatrixFixtures(anonymous, "admin", ADMIN_PASSWORD);
        ApiReadiness.awaitServices(fixtures.operator());
        byte[] httpConnector = Files.readAllBytes(Path.of(System.getProperty("tributary.connector.http.jar")));
        assertEquals(201, fixtures.operator().post("/api/v1/connectors", "application/java-archive", httpConnector).status());
        fixtures.createBase("http", "1.0.0", "{\"baseUrl\": \"http://localhost:" + distribution.httpPort
                + "/api/v1\", \"testPath\": \"/health\"}");
    }

    @AfterAll
    void stop() throws Exception {
        distribution.stop();
        distribution.kill();
    }

    @Test
    void everyCallerGetsTheStatusTheMatrixWritesDown() {
        List<String> mismatches = new ArrayList<>();
        boolean fresh = false;
        for (Row row : AuthorizationMatrix.load()) {
            for (String caller : AuthorizationMatrix.CALLERS) {
                if (!fresh) {
                    fixtures.createFresh();
                }
                prepareConnectorK2(row);
                fixtures.ensureFlowFixtures(row.request() + row.body());
                fixtures.marketplace.prepare(row);
                Http.Response response = replay(row, fixtures.callers.get(caller));
                // a cell that changed something leaves the next one fresh fixtures
                fresh = row.method().equals("GET") || response.status() >= 400;
                if (row.endpoint().equals("POST /auth/logout")) {
                    fixtures.renewSession(caller);
                }
                if (response.status() != row.expected(caller)) {
                    mismatches.add(row.endpoint() + " as " + caller + ": expected " + row.expected(caller)
                            + ", got " + response.status() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private Http.Response replay(Row row, Http caller) {
        String path = "/api/v1" + substitute(row.request());
        if (row.body().isEmpty()) {
            return caller.request(row.method(), path, null, null);
        }
        if (row.sendsJar()) {
            return caller.request(row.method(), path, "application/java-archive", connectorK2());
        }
        if (row.publishes()) {
            Publisher.Upload upload = fixtures.marketplace.unpublishedVersionOfL();
            return caller.request(row.method(), path, upload.contentType(), upload.body());
        }
        String json = row.body().equals("export:W") ? fixtures.exportOfW() : substitute(row.body());
        return caller.request(row.method(), path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private String substitute(String text) {
        String fresh = eachOccurrence(eachOccurrence(text, UNIQUE, () -> fixtures.next("u")), KEY,
                Publisher::unregisteredKey);
        Map<String, String> values = new java.util.HashMap<>(fixtures.values);
        values.put("K2.id", K2_ID);
        values.put("K2.version", "1.0.0");
        return AuthorizationMatrix.substitute(fresh, values);
    }

    /** The placeholders a pattern finds, each replaced by a new value. */
    private static String eachOccurrence(String text, Pattern placeholder, Supplier<String> values) {
        Matcher matcher = placeholder.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.get()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** K2 is absent before each install attempt and present before each uninstall attempt. */
    private void prepareConnectorK2(Row row) {
        if (row.endpoint().equals("POST /connectors")) {
            fixtures.operator().delete("/api/v1/connectors/" + K2_ID + "/1.0.0");
        } else if (row.endpoint().equals("DELETE /connectors/{id}/{version}")) {
            fixtures.operator().post("/api/v1/connectors", "application/java-archive", connectorK2());
        }
    }

    private static byte[] connectorK2() {
        return TestBundles.connector(K2_ID, "1.0.0").component(WorkingConnector.class, K2_ID, "1.0.0").build();
    }
}
