package io.tributary.rest.internal.idempotency;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.rest.internal.tenancy.WorkspaceResource;
import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeTenancy;
import io.tributary.rest.internal.testing.TestCallers;
import io.tributary.rest.internal.testing.TestResources;

class IdempotencyFilterTest {

    private static final String ORDERS = "{\"name\": \"Orders\"}";

    private final FakeTenancy tenancy = new FakeTenancy();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.api().addResource(new WorkspaceResource(tenancy));
        server.actAs(TestCallers.ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void repeatReturnsTheFirstResponseAndCreatesOnce() throws Exception {
        HttpResponse<String> first = create("key-1", ORDERS);
        HttpResponse<String> repeat = create("key-1", ORDERS);

        assertEquals(201, repeat.statusCode(), repeat::body);
        assertEquals(ApiServer.json(first), ApiServer.json(repeat));
        assertEquals(first.headers().firstValue("Location"), repeat.headers().firstValue("Location"));
        assertEquals("true", repeat.headers().firstValue(StoredResponse.REPLAYED_HEADER).orElse(""));
        assertFalse(first.headers().firstValue(StoredResponse.REPLAYED_HEADER).isPresent());
        assertEquals(1, tenancy.workspaces.size());
    }

    @Test
    void keysSurviveASwapOfTheContainer() throws Exception {
        create("key-1", ORDERS);
        server.api().addResource(new TestResources.Ping());

        HttpResponse<String> repeat = create("key-1", ORDERS);

        assertEquals("true", repeat.headers().firstValue(StoredResponse.REPLAYED_HEADER).orElse(""));
        assertEquals(1, tenancy.workspaces.size());
    }

    @Test
    void sameKeyWithAnotherBodyIs422() throws Exception {
        create("key-1", ORDERS);

        JsonNode problem = assertProblem(create("key-1", "{\"name\": \"Invoices\"}"), 422);

        assertEquals(Idempotent.HEADER, problem.at("/errors/0/field").asText());
        assertEquals(1, tenancy.workspaces.size());
    }

    @Test
    void keysOfDifferentCallersDoNotMeet() throws Exception {
        create("key-1", ORDERS);
        server.actAs(TestCallers.OTHER_ADMIN);

        HttpResponse<String> other = create("key-1", ORDERS);

        assertFalse(other.headers().firstValue(StoredResponse.REPLAYED_HEADER).isPresent());
        assertEquals(2, tenancy.workspaces.size());
    }

    @Test
    void failedRequestIsForgottenSoTheKeyCanBeReused() throws Exception {
        assertProblem(create("key-1", "{}"), 422);

        assertEquals(201, create("key-1", ORDERS).statusCode());
    }

    @Test
    void withoutKeyEveryRequestCreates() throws Exception {
        server.postJson("/api/v1/workspaces", ORDERS);
        server.postJson("/api/v1/workspaces", ORDERS);

        assertEquals(2, tenancy.workspaces.size());
    }

    @Test
    void overlongKeyIs400() throws Exception {
        assertProblem(create("k".repeat(IdempotencyFilter.MAX_KEY_LENGTH + 1), ORDERS), 400);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIs413BeforeAByteOfItIsBuffered() throws Exception {
        server.actAs(TestCallers.MONITOR);

        ApiServer.Answer answer = server.declareBody("/api/v1/workspaces", "application/json", 1L << 30,
                Idempotent.HEADER + ": key-1");

        assertEquals("The request body is larger than 1 MiB, the most this endpoint takes.",
                assertProblem(answer, 413).get("detail").asText());
        assertEquals(0, tenancy.workspaces.size());
    }

    @Test
    void aBodyWithoutLengthIsBufferedOnlyUpToTheLimit() throws Exception {
        server.actAs(TestCallers.MONITOR);

        ApiServer.StreamedAnswer streamed = server.streamBody("/api/v1/workspaces", "application/json",
                Idempotent.HEADER + ": key-1");

        assertProblem(streamed.answer(), 413);
        // what the client got to send before the server gave up: the limit and what the sockets buffer
        assertTrue(streamed.sent() < 64L << 20, () -> streamed.sent() + " bytes sent");
        assertEquals(0, tenancy.workspaces.size());
    }

    private HttpResponse<String> create(String key, String body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/workspaces"))
                .header("Content-Type", "application/json").header(Idempotent.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
