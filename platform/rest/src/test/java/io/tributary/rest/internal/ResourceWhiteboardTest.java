package io.tributary.rest.internal;

import static io.tributary.rest.internal.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.tributary.rest.internal.testing.ApiServer;
import io.tributary.rest.internal.testing.FakeStore;
import io.tributary.rest.internal.testing.TestResources;

class ResourceWhiteboardTest {

    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 300;

    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        server.setStore(new FakeStore());
        server.servesSignIn();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void contributedResourceIsServedFromAddUntilRemove() throws Exception {
        TestResources.Ping ping = new TestResources.Ping();

        server.api().addResource(ping);
        HttpResponse<String> served = server.get("/api/v1/ping");
        server.api().removeResource(ping);

        assertEquals(200, served.statusCode());
        assertEquals("pong", served.body());
        assertProblem(server.get("/api/v1/ping"), 404);
    }

    @Test
    void conflictingResourceIsRejectedAndTheApiKeepsServing() throws Exception {
        server.api().addResource(new TestResources.Ping());

        server.api().addResource(new TestResources.ConflictingPing());

        assertEquals("pong", server.get("/api/v1/ping").body());
        assertEquals(200, server.get("/api/v1/health").statusCode());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void swappingResourcesUnderLoadCostsNoFailedRequest() throws Exception {
        AtomicInteger completed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                load.add(clients.submit(() -> requestHealth(completed, failures)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> completed.get() >= CLIENTS * 10);

            int swaps = swapUntilDone(load);

            for (Future<?> client : load) {
                client.get(60, TimeUnit.SECONDS);
            }
            assertTrue(swaps >= 2, "the load ended before the resources were swapped: " + swaps);
            assertEquals(List.of(), List.copyOf(failures));
            assertEquals(CLIENTS * REQUESTS_PER_CLIENT, completed.get());
        } finally {
            clients.shutdownNow();
        }
    }

    private Void requestHealth(AtomicInteger completed, ConcurrentLinkedQueue<String> failures) throws Exception {
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            HttpResponse<String> response = server.get("/api/v1/health");
            if (response.statusCode() / 100 != 2) {
                failures.add(response.statusCode() + " " + response.body());
            }
            completed.incrementAndGet();
        }
        return null;
    }

    /** Adds and removes a resource, one full swap after another, while the load runs. */
    private int swapUntilDone(List<Future<?>> load) {
        int swaps = 0;
        while (load.stream().anyMatch(client -> !client.isDone())) {
            TestResources.Ping ping = new TestResources.Ping();
            server.api().addResource(ping);
            server.api().removeResource(ping);
            swaps += 2;
        }
        return swaps;
    }
}
