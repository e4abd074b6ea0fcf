package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Unpacks the archive, starts it with bin/start, checks health over HTTP and stops it with bin/stop. */
class DistributionIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-tributary.cfg";
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private UnpackedDistribution distribution;

    @BeforeEach
    void unpack() throws Exception {
        distribution = UnpackedDistribution.unpack(Path.of(System.getProperty("tributary.distribution")), workDir);
    }

    @AfterEach
    void killLeftovers() {
        distribution.kill();
    }

    @Test
    void startsOnEmbeddedDerbyAndStops() throws Exception {
        JsonNode health = startAndAwaitHealthy();
        assertEquals("derby", health.path("store").path("kind").asText());
        assertTrue(Files.isDirectory(distribution.home().resolve("data/tributary/derby")), "Derby files under data/");
        stopAndAwaitExit();
    }

    @Test
    void switchingToPostgresqlIsAConfigChange() throws Exception {
        String database = "tributary_it_" + UUID.randomUUID().toString().replace("-", "");
        execute("test", "CREATE DATABASE " + database);
        try {
            distribution.setProperty(DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            distribution.setProperty(DATASOURCE_CFG, "url", POSTGRES + database);
            distribution.setProperty(DATASOURCE_CFG, "user", "postgres");
            distribution.removeProperty(DATASOURCE_CFG, "password");
            JsonNode health = startAndAwaitHealthy();
            assertEquals("postgresql", health.path("store").path("kind").asText());
            stopAndAwaitExit();
        } finally {
            distribution.kill();
            execute("test", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private JsonNode startAndAwaitHealthy() throws Exception {
        distribution.start();
        Http http = new Http(distribution.httpPort);
        Http.Response health = await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> http.get("/api/v1/health"), response -> response.status() == 200);
        JsonNode body = health.json();
        assertEquals("UP", body.path("status").asText(), health.body());
        assertEquals("UP", body.path("store").path("status").asText(), health.body());
        return body;
    }

    private void stopAndAwaitExit() throws Exception {
        assertTrue(distribution.isRunning(), "running before bin/stop");
        distribution.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> !distribution.isRunning());
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
