package io.tributary.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Connections with known secret values: the plaintext must appear in no API response, no database file and no log,
 * while the connector still receives it decrypted.
 */
class SecretsIT {

    private static final String ADMIN_PASSWORD = "it-admin-" + UUID.randomUUID();

    @TempDir
    Path workDir;

    private Tributary tributary;
    private Http admin;
    private final List<String> responses = new ArrayList<>();

    @BeforeEach
    void startAndSignIn() throws Exception {
        tributary = new Tributary(UnpackedDistribution.unpack(Path.of(System.getProperty("tributary.distribution")),
                workDir), ADMIN_PASSWORD).start();
        admin = tributary.admin;
    }

    @AfterEach
    void stop() throws Exception {
        tributary.shutDown();
    }

    @Test
    void secretsAppearInNoResponseDatabaseFileOrLog() throws Exception {
        // an API token is a secret the HTTP connector can only use if it gets it decrypted: GET /me needs it
        String apiToken = admin.postJson("/api/v1/tokens", "{\"name\": \"for the connection\"}").json().path("token").asText();
        String databasePassword = "db-" + UUID.randomUUID();
        tributary.installConnector("tributary.connector.http.jar");
        tributary.installConnector("tributary.connector.jdbc.jar");
        String workspace = created(admin.postJson("/api/v1/workspaces", "{\"name\": \"Secrets\"}")).path("id").asText();

        String viaHttp = created(admin.postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace + "\","
                + " \"connector\": {\"id\": \"http\", \"version\": \"1.0.0\"}, \"name\": \"own API\", \"config\": {"
                + "\"baseUrl\": \"http://localhost:" + tributary.distribution.httpPort + "/api/v1\", \"testPath\": \"/me\","
                + " \"auth\": {\"type\": \"bearer\", \"token\": \"" + apiToken + "\"}}}")).path("id").asText();
        String viaJdbc = created(admin.postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace + "\","
                + " \"connector\": {\"id\": \"jdbc\", \"version\": \"1.0.0\"}, \"name\": \"test database\", \"config\": {"
                + "\"url\": \"jdbc:postgresql://127.0.0.1:5432/test\", \"user\": \"postgres\", \"password\": \""
                + databasePassword + "\"}}")).path("id").asText();

        assertTrue(test(viaHttp), "the connector got the decrypted token");
        assertTrue(test(viaJdbc));
        JsonNode read = recorded(admin.get("/api/v1/connections/" + viaHttp)).json();
        assertEquals("********", read.path("config").path("auth").path("token").asText());
        recorded(admin.putJson("/api/v1/connections/" + viaHttp, read.toString()));
        assertTrue(test(viaHttp), "a masked secret sent back keeps the stored one");
        recorded(admin.get("/api/v1/connections?workspace=" + workspace));
        recorded(admin.get("/api/v1/workspaces/" + workspace + "/export"));
        recorded(admin.postJson("/api/v1/workspaces/" + workspace + "/clone", "{\"name\": \"Sandbox\", \"sandbox\": true}"));
        recorded(admin.get("/api/v1/audit?limit=500"));

        tributary.shutDown();
        for (String secret : List.of(apiToken, databasePassword)) {
            responses.forEach(body -> assertFalse(body.contains(secret), "an API response holds a secret: " + body));
            assertEquals(List.of(), filesContaining(secret), "files holding a secret in plaintext");
        }
    }

    private boolean test(String connectionId) {
        JsonNode result = recorded(admin.postJson("/api/v1/connections/" + connectionId + "/test", "{}")).json();
        assertTrue(result.path("ok").asBoolean(), result.toString());
        return true;
    }

    private JsonNode created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return recorded(response).json();
    }

    private Http.Response recorded(Http.Response response) {
        responses.add(response.body());
        return response;
    }

    /** Every file of the runtime (database, logs, configuration) whose bytes contain the secret in UTF-8 or UTF-16. */
    private List<String> filesContaining(String secret) throws IOException {
        List<byte[]> encodings = List.of(secret.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_16LE), secret.getBytes(StandardCharsets.UTF_16BE));
        try (Stream<Path> files = Files.walk(tributary.distribution.home())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(tributary.distribution.home().resolve("system")))
                    .filter(file -> encodings.stream().anyMatch(encoding -> contains(read(file), encoding)))
                    .map(Path::toString).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
