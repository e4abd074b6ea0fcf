package io.tributary.plugins.internal.marketplace;

import static io.tributary.plugins.internal.marketplace.MarketplaceFixture.operator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.store.testing.EachDatabase;

class RemoteInstallTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @EachDatabase
    void aListingOnlyARemoteMarketplaceHasIsTrustedAndInstalledFromIt(MarketplaceFixture f) throws IOException {
        byte[] jar = FakeSource.connectorJar("ftp", "1.0.0");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/marketplace/listings/ftp", exchange -> answer(exchange,
                listing(jar, f.acme.sign(jar))));
        server.createContext("/api/v1/marketplace/publishers/p-acme", exchange -> answer(exchange,
                MAPPER.writeValueAsBytes(publisher(f.acme))));
        server.createContext("/marketplace/repository/io/tributary/marketplace/ftp/1.0.0/ftp-1.0.0.jar",
                exchange -> answer(exchange, jar));
        server.start();
        try {
            f.sources.add(new RemoteSource("partner", URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort()), "tok_abc"));

            TrustedPublisher trusted = f.installer.trust(operator(), "partner", "p-acme", f.acme.fingerprint());
            InstallResult result = f.installer.install(operator(), "ftp", null);

            assertEquals("partner", trusted.marketplace());
            assertEquals(List.of("ftp 1.0.0 partner"), result.installed().stream()
                    .map(item -> item.listingId() + " " + item.version() + " " + item.marketplace()).toList());
        } finally {
            server.stop(0);
        }
    }

    private static byte[] listing(byte[] jar, String signature) throws IOException {
        ObjectNode listing = MAPPER.createObjectNode().put("id", "ftp").put("kind", "connector");
        listing.putArray("versions").addObject().put("listingId", "ftp").put("version", "1.0.0")
                .put("sha256", FakeSource.sha256(jar)).put("size", jar.length).put("signature", signature)
                .put("publisherId", "p-acme").put("platformRange", "").put("changelog", "")
                .put("publishedAt", "2026-02-01T00:00:00Z").put("installs", 0).put("status", "active")
                .putArray("dependencies");
        return MAPPER.writeValueAsBytes(listing);
    }

    private static ObjectNode publisher(TestPublisher publisher) {
        return MAPPER.createObjectNode().put("id", publisher.id).put("name", publisher.name)
                .put("algorithm", "Ed25519").put("fingerprint", publisher.fingerprint())
                .put("publicKey", publisher.publisher().publicKey()).put("createdBy", "bob")
                .put("createdAt", "2026-01-01T00:00:00Z");
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
