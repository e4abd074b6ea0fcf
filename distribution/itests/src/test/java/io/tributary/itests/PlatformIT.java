package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.problem.Problem;

/** Boots the real distribution archive and checks the platform from inside and over HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends TributaryTestSupport {

    @Test
    public void healthIsUpOnEmbeddedDerby() {
        JsonNode body = awaitHealthy().json();
        assertEquals("UP", body.path("status").asText());
        assertEquals("derby", body.path("store").path("kind").asText());
        assertEquals("UP", body.path("store").path("status").asText());
        assertFalse(body.path("version").asText().isBlank());
    }

    @Test
    public void protectedEndpointsNeedAToken() {
        awaitHealthy();
        Http.Response response = http().get("/api/v1/me");
        assertProblem(response, 401);
    }

    @Test
    public void storeBundleIsActive() {
        Bundle store = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> "io.tributary.store".equals(bundle.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no io.tributary.store bundle"));
        await().atMost(STARTUP).until(store::getState, state -> state == Bundle.ACTIVE);
    }

    @Test
    public void malformedJsonIsA400Problem() {
        Http http = admin();
        ServiceRegistration<Object> echo = bundleContext.registerService(Object.class, new EchoResource(),
                new Hashtable<>(Map.of("tributary.rest.resource", "true")));
        try {
            await().atMost(STARTUP).ignoreExceptions()
                    .until(() -> http.post("/api/v1/itest/echo", "application/json", "{\"a\":1}").status() == 200);
            Http.Response response = http.post("/api/v1/itest/echo", "application/json", "{\"a\": ");
            assertEquals(400, response.status());
            assertProblem(response, 400);
        } finally {
            echo.unregister();
        }
    }

    @Test
    public void unknownPathsAre404Problems() {
        Http http = admin();
        assertProblem(http.get("/api/v1/no-such-thing"), 404);
        assertProblem(http.get("/no-such-thing"), 404);
    }

    private static void assertProblem(Http.Response response, int status) {
        assertEquals(response.body(), status, response.status());
        assertTrue(response.contentType(), response.contentType().startsWith(Problem.MEDIA_TYPE));
        JsonNode problem = response.json();
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("title").asText().isBlank());
        assertFalse(response.body(), response.body().contains("Exception"));
    }
}
