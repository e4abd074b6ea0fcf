package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.api.problem.Problem;

class RemoteSourceTest {

    private static final String LISTING = """
            {"id": "http", "kind": "connector", "name": "HTTP", "latestVersion": "1.1.0",
             "versions": [
              {"listingId": "http", "version": "1.1.0", "sha256": "ab12", "size": 2048, "signature": "c2ln",
               "publisherId": "p-acme", "platformRange": "io.tributary.api.connector;version=\\"[1.0,2)\\"",
               "dependencies": [{"listingId": "json", "range": "[1.0,2.0)"}], "changelog": "faster",
               "publishedAt": "2026-02-01T12:00:00Z", "installs": 7, "status": "deprecated",
               "statusReason": "use 2.x"}]}
            """;
    private static final String PUBLISHER = """
            {"id": "p-acme", "name": "Acme", "algorithm": "Ed25519", "fingerprint": "ff00",
             "publicKey": "-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\\n", "createdBy": "bob",
             "createdAt": "2026-01-01T00:00:00Z"}
            """;

    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private HttpServer server;
    private RemoteSource source;
    private volatile int listingStatus = 200;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/marketplace/listings/http", exchange -> answer(exchange, listingStatus,
                LISTING));
        server.createContext("/api/v1/marketplace/listings/nothing", exchange -> answer(exchange, 404, "{}"));
        server.createContext("/api/v1/marketplace/publishers/p-acme", exchange -> answer(exchange, 200, PUBLISHER));
        server.createContext("/marketplace/repository/io/tributary/marketplace/http/1.1.0/http-1.1.0.jar",
                exchange -> answer(exchange, 200, "jar bytes"));
        server.start();
        source = new RemoteSource("partner", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                "tok_abc");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void versionsAreReadFromTheListingDetailWithTheBearerToken() {
        List<ListingVersion> versions = source.versions("http");

        assertEquals(List.of(new ListingVersion("http", "1.1.0", "ab12", 2048, "c2ln", "p-acme",
                "io.tributary.api.connector;version=\"[1.0,2)\"", List.of(new Dependency("json", "[1.0,2.0)")),
                "faster", Instant.parse("2026-02-01T12:00:00Z"), 7, VersionStatus.DEPRECATED, "use 2.x")), versions);
        assertEquals("Bearer tok_abc", authorizations.get("/api/v1/marketplace/listings/http"));
    }

    @Test
    void aListingTheMarketplaceDoesNotHaveHasNoVersions() {
        assertEquals(List.of(), source.versions("nothing"));
    }

    @Test
    void publishersAreReadAndUnknownOnesAreNotFound() {
        Publisher publisher = source.publisher("p-acme");

        assertEquals("Acme", publisher.name());
        assertTrue(publisher.publicKey().startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(404, refusal(() -> source.publisher("p-nobody")).status());
    }

    @Test
    void artifactsComeFromTheRepositoryWithoutTheToken(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("http.jar");

        source.download("http", "1.1.0", target);

        assertArrayEquals("jar bytes".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertFalse(authorizations.containsKey("/marketplace/repository/io/tributary/marketplace/http/1.1.0/"
                + "http-1.1.0.jar"));
    }

    @Test
    void failuresAreBadGatewayProblemsNamingTheMarketplaceButNeverTheToken() {
        listingStatus = 500;
        Problem failed = refusal(() -> source.versions("http"));
        listingStatus = 401;
        Problem refused = refusal(() -> source.versions("http"));
        server.stop(0);
        Problem unreachable = refusal(() -> source.versions("http"));

        for (Problem problem : List.of(failed, refused, unreachable)) {
            assertEquals(502, problem.status());
            assertTrue(problem.detail().startsWith("marketplace partner "), problem.detail());
            assertFalse(problem.detail().contains("tok_abc"), problem.detail());
        }
        assertTrue(refused.detail().contains("check its token"), refused.detail());
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.put(exchange.getRequestURI().getPath(), authorization);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
