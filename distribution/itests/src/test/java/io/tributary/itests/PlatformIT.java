package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    public void shellListsTenantsAndWorkspaces() throws Exception {
        admin().postJson("/api/v1/workspaces", "{\"name\": \"Shell visible\"}");
        String tenants = execute("tributary:tenant-list");
        assertTrue(tenants, tenants.contains("default"));
        String workspaces = execute("tributary:workspace-list");
        assertTrue(workspaces, workspaces.contains("Shell visible"));
    }

    @Test
    public void tokenCreatedAtTheShellSignsIn() throws Exception {
        awaitHealthy();
        String output = execute("tributary:token-create admin from-the-shell");
        Matcher secret = Pattern.compile("(tra_[A-Za-z0-9_-]+)").matcher(output);
        assertTrue(output, secret.find());
        Http.Response me = http().withToken(secret.group(1)).get("/api/v1/me");
        assertEquals(me.body(), 200, me.status());
        assertEquals("admin", me.json().path("user").path("username").asText());
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
