package io.tributary.itests;

import static io.tributary.itests.Tributary.ok;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution booted as a marketplace-only node (boot feature tributary-marketplace-node instead of
 * tributary-platform): the catalog, its REST API and its Maven-layout repository, no flow engine.
 */
class MarketplaceNodeIT {

    private static final String PASSWORD = "marketplace-node-password";

    @TempDir
    Path workDir;

    private UnpackedDistribution distribution;

    @AfterEach
    void stop() throws Exception {
        if (distribution != null && distribution.isRunning()) {
            distribution.stop();
            await().atMost(Duration.ofSeconds(60)).until(() -> !distribution.isRunning());
        }
        if (distribution != null) {
            distribution.kill();
        }
    }

    @Test
    void aMarketplaceOnlyNodeServesTheCatalogAndItsArtifactsWithoutTheFlowEngine() throws Exception {
        distribution = UnpackedDistribution.unpack(Path.of(System.getProperty("tributary.distribution")), workDir);
        Path features = distribution.home().resolve("etc/org.apache.karaf.features.cfg");
        String boot = Files.readString(features);
        assertTrue(boot.contains("tributary-platform/"), boot);
        Files.writeString(features, boot.replace("tributary-platform/", "tributary-marketplace-node/"));
        distribution.start(Map.of("TRIBUTARY_ADMIN_PASSWORD", PASSWORD));
        Http anonymous = new Http(distribution.httpPort);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> anonymous.get("/api/v1/health").status() == 200);
        Http.Response login = anonymous.postJson("/api/v1/auth/login",
                "{\"username\": \"admin\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, login.status(), login.body());
        Http admin = anonymous.withToken(login.json().path("token").asText());

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/api/v1/marketplace/listings/jdbc").status() == 200);
        JsonNode jdbc = ok(admin.get("/api/v1/marketplace/listings/jdbc")).path("versions").get(0);
        String version = jdbc.path("version").asText();

        HttpResponse<byte[]> artifact = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + distribution.httpPort + "/marketplace/repository/io/tributary/marketplace/jdbc/"
                        + version + "/jdbc-" + version + ".jar")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, artifact.statusCode());
        assertEquals(jdbc.path("sha256").asText(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(artifact.body())));
        assertEquals(404, admin.get("/api/v1/flows").status(), "no flow engine on a marketplace-only node");
        assertEquals(404, admin.get("/api/v1/integrations").status());
    }
}
