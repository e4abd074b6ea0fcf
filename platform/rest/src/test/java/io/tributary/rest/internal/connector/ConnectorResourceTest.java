package io.tributary.rest.internal.connector;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorInstaller;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.rest.internal.idempotency.Idempotent;
import io.tributary.rest.internal.idempotency.StoredResponse;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.TestCallers;

class ConnectorResourceTest {

    private final FakeConnectors connectors = new FakeConnectors();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new ConnectorResource(connectors, connectors));
        server.actAs(TestCallers.OPERATOR);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void listShowsStateInLowerCaseAndTheReason() throws Exception {
        connectors.installed.add(FakeConnectors.active("http", "1.0.0"));
        connectors.installed.add(new ConnectorInfo("broken", "0.0.1", "broken", ConnectorState.REJECTED,
                "descriptor: id is missing", List.of(), 9, null));

        JsonNode items = ApiServer.json(server.get("/api/v1/connectors")).get("items");

        assertEquals(2, items.size());
        assertEquals("rejected", items.get(0).get("state").asText());
        assertEquals("descriptor: id is missing", items.get(0).get("reason").asText());
        assertEquals("active", items.get(1).get("state").asText());
    }

    @Test
    void listPagesWithCursor() throws Exception {
        connectors.installed.add(FakeConnectors.active("a", "1.0.0"));
        connectors.installed.add(FakeConnectors.active("b", "1.0.0"));
        connectors.installed.add(FakeConnectors.active("c", "1.0.0"));

        JsonNode first = ApiServer.json(server.get("/api/v1/connectors?limit=2"));
        JsonNode second = ApiServer.json(server.get("/api/v1/connectors?limit=2&cursor=" + first.get("next").asText()));

        assertEquals(2, first.get("items").size());
        assertEquals("c", second.get("items").get(0).get("id").asText());
        assertTrue(second.get("next").isNull());
    }

    @Test
    void descriptorIsServed() throws Exception {
        connectors.installed.add(FakeConnectors.active("http", "1.0.0"));

        JsonNode descriptor = ApiServer.json(server.get("/api/v1/connectors/http/1.0.0"));

        assertEquals("HTTP", descriptor.get("name").asText());
    }

    @Test
    void unknownVersionIs404Problem() throws Exception {
        assertProblem(server.get("/api/v1/connectors/http/9.9.9"), 404);
    }

    @Test
    void uploadIsCreatedWithLocationAndDescriptor() throws Exception {
        HttpResponse<String> created = upload("jdbc 1.2.0");

        assertEquals(201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/connectors/jdbc/1.2.0"));
        assertEquals("jdbc", ApiServer.json(created).get("id").asText());
    }

    @Test
    void refusedUploadIs422ListingEveryReason() throws Exception {
        JsonNode problem = assertProblem(upload("garbage"), 422);

        assertEquals(2, problem.get("errors").size());
    }

    @Test
    void uninstallIs204AndInUseIs409UnlessForced() throws Exception {
        connectors.installed.add(FakeConnectors.active("busy", "1.0.0"));

        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/connectors/busy/1.0.0")).DELETE()), 409);
        HttpResponse<String> forced = server.send(
                HttpRequest.newBuilder(server.uri("/api/v1/connectors/busy/1.0.0?force=true")).DELETE());

        assertEquals(204, forced.statusCode());
        assertEquals(List.of("busy 1.0.0 forced"), connectors.uninstalled);
    }

    @Test
    void anyAuthenticatedCallerListsConnectors() throws Exception {
        connectors.installed.add(FakeConnectors.active("http", "1.0.0"));
        server.actAs(TestCallers.MONITOR);

        assertEquals(200, server.get("/api/v1/connectors").statusCode());
        assertEquals(200, server.get("/api/v1/connectors/http/1.0.0").statusCode());
    }

    @Test
    void installIsForOperatorsOnly() throws Exception {
        server.actAs(TestCallers.ADMIN);

        JsonNode problem = assertProblem(upload("jdbc 1.2.0"), 403);

        assertEquals("Only platform operators may do this.", problem.get("detail").asText());
        assertTrue(connectors.installed.isEmpty());
    }

    @Test
    void uninstallIsForOperatorsOnly() throws Exception {
        connectors.installed.add(FakeConnectors.active("http", "1.0.0"));
        server.actAs(TestCallers.MANAGER);

        assertProblem(server.delete("/api/v1/connectors/http/1.0.0"), 403);
        assertEquals(List.of(), connectors.uninstalled);
    }

    @Test
    void aNonOperatorsUploadIs403BeforeAnyOfItIsRead() throws Exception {
        server.actAs(TestCallers.MONITOR);

        // with a key, the idempotency filter would read the whole body before the resource checked the role
        ApiServer.Answer answer = server.declareBody("/api/v1/connectors", ConnectorResource.JAR, 1L << 30,
                Idempotent.HEADER + ": key-1");

        assertProblem(answer, 403);
        assertTrue(connectors.installed.isEmpty());
    }

    @Test
    void anUploadDeclaredLargerThanABundleMayBeIs413() throws Exception {
        ApiServer.Answer answer = server.declareBody("/api/v1/connectors", ConnectorResource.JAR,
                ConnectorInstaller.MAX_BUNDLE_BYTES + 1);

        JsonNode problem = assertProblem(answer, 413);
        assertEquals("The request body is larger than 50 MiB, the most this endpoint takes.",
                problem.get("detail").asText());
        assertTrue(connectors.installed.isEmpty());
    }

    @Test
    void aRepeatedUploadWithTheSameKeyIsReplayedAndInstallsOnce() throws Exception {
        HttpResponse<String> first = uploadWithKey("jdbc 1.2.0", "key-1");
        HttpResponse<String> repeat = uploadWithKey("jdbc 1.2.0", "key-1");

        assertEquals(201, first.statusCode(), first::body);
        assertEquals("true", repeat.headers().firstValue(StoredResponse.REPLAYED_HEADER).orElse(""));
        assertEquals(1, connectors.installed.size());
        assertProblem(uploadWithKey("jdbc 1.3.0", "key-1"), 422);
        try (Stream<Path> files = Files.list(server.uploads())) {
            assertEquals(List.of(), files.toList(), "the uploads were spooled and deleted");
        }
    }

    private HttpResponse<String> uploadWithKey(String body, String key) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/connectors"))
                .header("Content-Type", ConnectorResource.JAR).header(Idempotent.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> upload(String body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/connectors"))
                .header("Content-Type", ConnectorResource.JAR)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
