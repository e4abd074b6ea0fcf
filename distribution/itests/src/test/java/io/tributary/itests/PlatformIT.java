package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.problem.Problem;

/** Boots the real distribution archive and checks the platform from inside and over HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    private static final String HTTP_PORT = "tributary.itest.http.port";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        String httpPort = Integer.toString(FreePort.next());
        String localRepository = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("tributary.distribution")).toURI().toString())
                .name("Tributary")
                .unpackDirectory(new File("target/pax-exam"))
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(FreePort.next())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            systemProperty(HTTP_PORT).value(httpPort),
            mavenBundle(maven("org.awaitility", "awaitility").versionAsInProject()),
            mavenBundle(maven("org.hamcrest", "hamcrest").versionAsInProject()),
        };
    }

    private Http http() {
        return new Http(Integer.parseInt(System.getProperty(HTTP_PORT)));
    }

    @Test
    public void healthIsUpOnEmbeddedDerby() {
        Http http = http();
        Http.Response health = await().atMost(STARTUP).ignoreExceptions()
                .until(() -> http.get("/api/v1/health"), response -> response.status() == 200);
        JsonNode body = health.json();
        assertEquals("UP", body.path("status").asText());
        assertEquals("derby", body.path("store").path("kind").asText());
        assertEquals("UP", body.path("store").path("status").asText());
        assertFalse(body.path("version").asText().isBlank());
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
        Http http = http();
        ServiceRegistration<Object> echo = bundleContext.registerService(Object.class, new EchoResource(),
                new Hashtable<>(java.util.Map.of("tributary.rest.resource", "true")));
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
        Http http = http();
        await().atMost(STARTUP).ignoreExceptions().until(() -> http.get("/api/v1/health").status() == 200);
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
