package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.itests.bundles.TestBundles;
import io.tributary.itests.bundles.ThrowingConnector;
import io.tributary.itests.bundles.WorkingConnector;

/** Connector bundles come and go over REST and the deploy folder while the platform keeps serving. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorsIT extends TributaryTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = "application/java-archive";

    @Inject
    private ConnectorRegistry registry;


    @Test
    public void uploadedConnectorIsListedDescribedAndUsableAsSoonAsTheUploadReturns() throws Exception {
        uploadHttpConnector();

        JsonNode listed = findListed("http", "1.0.0");
        assertEquals("active", listed.path("state").asText());
        assertEquals("HTTP / REST", admin().get("/api/v1/connectors/http/1.0.0").json().path("name").asText());
        assertTrue(testPlatformHealthWith("1.0.0").message(), testPlatformHealthWith("1.0.0").ok());
    }

    @Test
    public void jarThatIsNotABundleIsRefused() throws Exception {
        byte[] plainJar = TestBundles.jar().entry("readme.txt", "not a bundle").build();
        assertRefused(plainJar, "bundle");
    }

    @Test
    public void bundleWithAMissingImportIsRefused() throws Exception {
        byte[] bundle = TestBundles.connector("missingimport", "1.0.0")
                .header("Import-Package", "io.tributary.api.connector;version=\"[1.0,2)\",com.example.nowhere")
                .component(WorkingConnector.class, "missingimport", "1.0.0").build();
        assertRefused(bundle, "com.example.nowhere");
    }

    @Test
    public void bundleWithAnInvalidDescriptorIsRefused() throws Exception {
        byte[] bundle = TestBundles.connector("baddescriptor", "1.0.0")
                .entry("OSGI-INF/tributary/connector.json", "{\"name\": \"no id, no operations\"}")
                .component(WorkingConnector.class, "baddescriptor", "1.0.0").build();
        assertRefused(bundle, "id");
    }

    @Test
    public void bundleWhoseComponentThrowsOnActivationIsRefused() throws Exception {
        byte[] bundle = TestBundles.connector("throwing", "1.0.0")
                .component(ThrowingConnector.class, "throwing", "1.0.0").build();
        assertRefused(bundle, "licence server unreachable");
    }

    @Test
    public void twoVersionsRunSideBySide() throws Exception {
        uploadHttpConnector();
        byte[] newer = TestBundles.withVersion(httpConnectorJar(), "1.0.0", "1.1.0");
        Http.Response response = admin().post("/api/v1/connectors", JAR, newer);
        assertEquals(response.body(), 201, response.status());

        assertEquals("active", findListed("http", "1.0.0").path("state").asText());
        assertEquals("active", findListed("http", "1.1.0").path("state").asText());
        assertEquals("1.1.0", registry.resolve("http", "[1.0,2.0)").orElseThrow().version());
        assertTrue(testPlatformHealthWith("1.0.0").ok());
        assertTrue(testPlatformHealthWith("1.1.0").ok());
        assertEquals(204, admin().delete("/api/v1/connectors/http/1.1.0").status());
    }

    @Test
    public void uninstallRemovesTheBundleWithoutTouchingOthers() throws Exception {
        byte[] bundle = TestBundles.connector("shortlived", "1.0.0")
                .component(WorkingConnector.class, "shortlived", "1.0.0").build();
        List<String> othersDisturbed = new CopyOnWriteArrayList<>();
        BundleListener watcher = recordDisturbedBundlesExcept("io.tributary.itests.shortlived", othersDisturbed);
        bundleContext.addBundleListener(watcher);
        try {
            assertEquals(201, admin().post("/api/v1/connectors", JAR, bundle).status());
            assertEquals(204, admin().delete("/api/v1/connectors/shortlived/1.0.0").status());
        } finally {
            bundleContext.removeBundleListener(watcher);
        }

        assertTrue(registry.find("shortlived", "1.0.0").isEmpty());
        assertFalse(hasBundle("io.tributary.itests.shortlived"));
        assertEquals(List.of(), othersDisturbed);
        assertEquals(404, admin().delete("/api/v1/connectors/shortlived/1.0.0").status());
    }

    @Test
    public void deployFolderInstallsAndRemovesConnectors() throws Exception {
        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", "dropped-connector.jar");
        Files.write(dropped, TestBundles.connector("dropped", "1.0.0")
                .component(WorkingConnector.class, "dropped", "1.0.0").build());
        await().atMost(STARTUP).until(() -> registry.connector("dropped", "1.0.0").isPresent());

        Files.delete(dropped);
        await().atMost(STARTUP).until(() -> registry.find("dropped", "1.0.0").isEmpty());
    }

    @Test
    public void badBundleInTheDeployFolderIsListedAsRejectedWithItsReason() throws Exception {
        awaitHealthy();
        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", "bad-descriptor.jar");
        Files.write(dropped, TestBundles.connector("deploybad", "1.0.0")
                .entry("OSGI-INF/tributary/connector.json", "{\"id\": \"deploybad\", \"version\": \"1.0.0\"}")
                .component(WorkingConnector.class, "deploybad", "1.0.0").build());
        try {
            JsonNode listed = await().atMost(STARTUP).ignoreExceptions().until(
                    () -> findListed("deploybad", "1.0.0"), item -> "rejected".equals(item.path("state").asText()));
            assertTrue(listed.toString(), listed.path("reason").asText().contains("operations"));
            assertTrue(registry.connector("deploybad", "1.0.0").isEmpty());
        } finally {
            Files.delete(dropped);
            await().atMost(STARTUP).until(() -> registry.find("deploybad", "1.0.0").isEmpty());
        }
    }

    @Test
    public void shellListsConnectors() throws Exception {
        uploadHttpConnector();
        String output = execute("tributary:connector-list");
        assertTrue(output, output.contains("http") && output.contains("1.0.0"));
    }

    private void uploadHttpConnector() throws IOException {
        awaitHealthy();
        if (registry.find("http", "1.0.0").isEmpty()) {
            Http.Response response = admin().post("/api/v1/connectors", JAR, httpConnectorJar());
            assertEquals(response.body(), 201, response.status());
            assertEquals("http", response.json().path("id").asText());
        }
    }

    /** Refused with a 422 naming the reason, while the platform and the HTTP connector keep working. */
    private void assertRefused(byte[] bundle, String reasonMentions) throws Exception {
        uploadHttpConnector();
        Http.Response response = admin().post("/api/v1/connectors", JAR, bundle);

        assertEquals(response.body(), 422, response.status());
        assertTrue(response.contentType().startsWith("application/problem+json"));
        assertTrue(response.body(), response.body().contains(reasonMentions));
        assertEquals(200, admin().get("/api/v1/health").status());
        assertTrue(testPlatformHealthWith("1.0.0").ok());
        assertFalse(response.body(), admin().get("/api/v1/connectors").body().contains("rejected"));
    }

    /** The HTTP connector's connection test, pointed at this platform's own health endpoint. */
    private ConnectionTest testPlatformHealthWith(String version) throws IOException {
        Connector connector = registry.connector("http", version).orElseThrow();
        String connection = "{\"baseUrl\":\"http://localhost:" + System.getProperty("tributary.itest.http.port")
                + "/api/v1\",\"testPath\":\"/health\"}";
        return connector.test(new TestContext(JSON.readValue(connection, ObjectNode.class)));
    }

    private JsonNode findListed(String id, String version) {
        for (JsonNode item : admin().get("/api/v1/connectors?limit=500").json().path("items")) {
            if (item.path("id").asText().equals(id) && item.path("version").asText().equals(version)) {
                return item;
            }
        }
        throw new AssertionError(id + " " + version + " is not listed");
    }

    private static byte[] httpConnectorJar() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("tributary.connector.http.jar")));
    }

    private boolean hasBundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }

    private static BundleListener recordDisturbedBundlesExcept(String symbolicName, List<String> disturbed) {
        return event -> {
            boolean disturbing = event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED
                    || event.getType() == BundleEvent.STARTED;
            if (disturbing && !symbolicName.equals(event.getBundle().getSymbolicName())) {
                disturbed.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
    }
}
