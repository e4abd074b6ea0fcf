package io.tributary.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The flow engine inside the real container: its bundles are active and the tributary:flow-list, flow-run, run-list
 * and error-list commands work on a flow made over REST. The flow reads the servers of the platform's own OpenAPI
 * document with the HTTP connector and posts them to its health endpoint, which refuses them: one error per run.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FlowShellIT extends TributaryTestSupport {

    @Test
    public void engineAndAlertsBundlesAreActive() {
        for (String name : new String[] {"io.tributary.engine", "io.tributary.alerts"}) {
            Bundle bundle = java.util.Arrays.stream(bundleContext.getBundles())
                    .filter(candidate -> candidate.getSymbolicName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not installed"));
            assertEquals(name, Bundle.ACTIVE, bundle.getState());
        }
    }

    @Test
    public void shellListsRunsAFlowAndShowsItsRunsAndErrors() throws Exception {
        Http admin = admin();
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty("tributary.connector.http.jar")));
        assertEquals(201, admin.post("/api/v1/connectors", "application/java-archive", jar).status());
        String workspace = admin.postJson("/api/v1/workspaces", "{\"name\": \"Shell flows\"}").json().path("id").asText();
        String connection = admin.postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace + "\","
                + " \"connector\": {\"id\": \"http\", \"version\": \"1.0.0\"}, \"name\": \"own API\", \"config\":"
                + " {\"baseUrl\": \"http://localhost:" + System.getProperty("tributary.itest.http.port") + "/api/v1\"}}")
                .json().path("id").asText();
        Http.Response created = admin.postJson("/api/v1/flows", """
                {"workspaceId": "%s", "name": "servers to health",
                 "source": {"connection": "%s", "operation": "get",
                            "config": {"path": "/openapi.json", "recordsPointer": "/servers", "keyField": "url"}},
                 "destinations": [{"name": "health", "connection": "%s", "operation": "send", "mode": "insert",
                                   "config": {"path": "/health"}}]}
                """.formatted(workspace, connection, connection));
        assertEquals(created.body(), 201, created.status());
        JsonNode flow = created.json();

        String flows = execute("tributary:flow-list");
        assertTrue(flows, flows.contains("servers to health"));
        String run = execute("tributary:flow-run --wait " + flow.path("id").asText());
        assertTrue(run, run.contains("partial") && run.contains("read 1") && run.contains("errors 1"));
        String runs = execute("tributary:run-list --flow " + flow.path("id").asText());
        assertTrue(runs, runs.contains("partial"));
        String errors = execute("tributary:error-list --flow " + flow.path("id").asText() + " --status open");
        assertTrue(errors, errors.contains("destinations[0]:health"));
    }
}
