package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.signing.PublisherKey;

class RegisterCommandTest {

    @TempDir
    Path dir;

    private FakeMarketplace marketplace;
    private PublisherKey key;

    @BeforeEach
    void startMarketplaceAndMakeKeys() throws Exception {
        marketplace = FakeMarketplace.start();
        Cli.run("keygen", "--out", dir.toString());
        key = PublisherKey.parse(Files.readString(dir.resolve("public.pem")));
    }

    @AfterEach
    void stopMarketplace() {
        marketplace.close();
    }

    @Test
    void postsTheNameAndKeyWithTheTokenAndPrintsTheIdAndFingerprint() {
        marketplace.answer(201, "application/json",
                "{\"id\":\"pub-7\",\"name\":\"Acme \\\"Connectors\\\"\",\"fingerprint\":\""
                        + key.fingerprint() + "\"}");

        Cli.Result result = Cli.run("register", "--url", marketplace.url(), "--token", "s3cret",
                "--name", "Acme \"Connectors\"", "--public-key", dir.resolve("public.pem").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("publisher pub-7 fingerprint " + key.fingerprint(), result.out().strip());
        FakeMarketplace.Request request = marketplace.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/api/v1/marketplace/publishers", request.path());
        assertEquals("Bearer s3cret", request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        Map<String, Object> body = Json.parseObject(request.bodyText());
        assertEquals(Map.of("name", "Acme \"Connectors\"", "publicKey", key.pem()), body);
    }

    @Test
    void takesTheUrlAndTokenFromTheEnvironment() {
        marketplace.answer(201, "application/json", "{\"id\":\"pub-1\",\"fingerprint\":\"f\"}");

        Cli.Result result = Cli.run(Map.of("TRIBUTARY_URL", marketplace.url() + "/", "TRIBUTARY_TOKEN", "from-env"),
                "register", "--name", "Acme", "--public-key", dir.resolve("public.pem").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("/api/v1/marketplace/publishers", marketplace.onlyRequest().path());
        assertEquals("Bearer from-env", marketplace.onlyRequest().header("Authorization"));
    }

    @Test
    void aConflictIsPrintedWithItsDetailAndExitsWithOne() {
        marketplace.answer(409, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"a publisher named Acme exists\",\"errors\":[]}");

        Cli.Result result = Cli.run("register", "--url", marketplace.url(), "--token", "t",
                "--name", "Acme", "--public-key", dir.resolve("public.pem").toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("refused with HTTP 409: Conflict: a publisher named Acme exists"),
                result.err());
    }

    @Test
    void withoutATokenNothingIsSentAndTheUsageIsShown() {
        Cli.Result result = Cli.run("register", "--url", marketplace.url(), "--name", "Acme",
                "--public-key", dir.resolve("public.pem").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--token (or the TRIBUTARY_TOKEN environment variable) is required"));
        assertTrue(result.err().contains("Usage: tributary-publish register"), result.err());
        assertTrue(marketplace.requests().isEmpty());
    }

    @Test
    void aKeyTheMarketplaceWouldRefuseIsRefusedBeforeSending() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("notakey.pem"), "hello");

        Cli.Result result = Cli.run("register", "--url", marketplace.url(), "--token", "t", "--name", "Acme",
                "--public-key", notAKey.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("public key " + notAKey + " is not"), result.err());
        assertTrue(marketplace.requests().isEmpty());
    }
}
