package io.tributary.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.itests.bundles.TestBundles;
import io.tributary.itests.bundles.WorkingConnector;

/**
 * The local marketplace of the real distribution: what the first start publishes, a partner's connector published
 * over REST, installed into the running platform without a restart and used, and every kind of bad upload refused
 * with its reason while the platform keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MarketplaceIT extends TributaryTestSupport {

    @Inject
    private ConnectorRegistry registry;

    @Test
    public void theFirstStartPublishesTheShippedConnectorsAndIntegrationsFromATrustedPublisher() {
        Set<String> expected = Set.of("http", "jdbc", "postgresql-mariadb-sync", "webhook-http-notification");
        await().atMost(STARTUP).until(() -> listingIds("").containsAll(expected));

        assertTrue(listingIds("?kind=integration").containsAll(Set.of("postgresql-mariadb-sync", "webhook-http-notification")));
        assertFalse(listingIds("?kind=integration").contains("jdbc"));
        assertTrue(listingIds("?q=mariadb").contains("postgresql-mariadb-sync"));
        JsonNode jdbc = ok(admin().get("/api/v1/marketplace/listings/jdbc"));
        assertEquals("connector", jdbc.path("kind").asText());
        assertEquals("Tributary", jdbc.path("publisherName").asText());
        assertEquals(64, jdbc.path("versions").get(0).path("sha256").asText().length());
        String tributary = jdbc.path("publisherId").asText();
        await().atMost(STARTUP).until(() -> names(admin().get("/api/v1/marketplace/trusted-publishers").json(), "publisherId")
                .contains(tributary));
    }

    @Test
    public void aPublishedConnectorIsInstalledWithoutARestartAndWorks() {
        Publisher acme = new Publisher();
        String acmeId = registerAndTrust(acme, "Acme " + UUID.randomUUID());
        String id = "acme-echo-" + shortId();
        byte[] bundle = TestBundles.connector(id, "1.0.0").component(WorkingConnector.class, id, "1.0.0").build();

        JsonNode version = created(acme.upload(bundle, acme.sign(bundle), acmeId).postTo(admin()));
        assertEquals(id, version.path("listingId").asText());
        assertEquals("active", version.path("status").asText());
        assertEquals("versions are immutable", 409,
                acme.upload(bundle, acme.sign(bundle), acmeId).postTo(admin()).status());
        assertTrue(registry.find(id, "1.0.0").isEmpty());

        JsonNode install = created(admin().postJson("/api/v1/marketplace/install",
                "{\"listingId\": \"" + id + "\", \"version\": \"1.0.0\"}"));
        assertEquals(id, install.path("item").path("listingId").asText());

        // usable as soon as the install returns: the registry has it active and a connection of it tests fine
        assertEquals(ConnectorState.ACTIVE, registry.find(id, "1.0.0").orElseThrow().state());
        String workspace = created(admin().postJson("/api/v1/workspaces", "{\"name\": \"market " + shortId() + "\"}"))
                .path("id").asText();
        String connection = created(admin().postJson("/api/v1/connections", """
                {"workspaceId": "%s", "connector": {"id": "%s", "version": "1.0.0"}, "name": "echo", "config": {}}
                """.formatted(workspace, id))).path("id").asText();
        JsonNode test = ok(admin().postJson("/api/v1/connections/" + connection + "/test", "{}"));
        assertTrue(test.toString(), test.path("ok").asBoolean());
        assertTrue(names(ok(admin().get("/api/v1/marketplace/installed")), "listingId").contains(id));
        assertEquals(1, ok(admin().get("/api/v1/marketplace/listings/" + id)).path("installs").asInt());
    }

    @Test
    public void aPublisherIsNotInstalledFromUntilAnOperatorTrustsIt() {
        Publisher globex = new Publisher();
        String globexId = created(admin().postJson("/api/v1/marketplace/publishers", """
                {"name": "Globex %s", "publicKey": %s}""".formatted(shortId(), quoted(globex.publicKeyPem()))))
                .path("id").asText();
        String id = "globex-echo-" + shortId();
        byte[] bundle = TestBundles.connector(id, "1.0.0").component(WorkingConnector.class, id, "1.0.0").build();
        created(globex.upload(bundle, globex.sign(bundle), globexId).postTo(admin()));
        String install = "{\"listingId\": \"" + id + "\"}";

        Http.Response refused = admin().postJson("/api/v1/marketplace/install", install);

        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), fields(refused.json()).contains("publisher"));
        assertTrue(registry.find(id, "1.0.0").isEmpty());
        created(admin().postJson("/api/v1/marketplace/trusted-publishers", "{\"publisherId\": \"" + globexId + "\"}"));
        created(admin().postJson("/api/v1/marketplace/install", install));
        assertEquals(ConnectorState.ACTIVE, registry.find(id, "1.0.0").orElseThrow().state());
    }

    @Test
    public void badUploadsAreRefusedWithTheirReasonWhileThePlatformKeepsServing() {
        Publisher acme = new Publisher();
        String acmeId = registerAndTrust(acme, "Acme refusals " + UUID.randomUUID());
        Publisher stranger = new Publisher();
        List<String> ids = new ArrayList<>();

        String tampered = next(ids);
        byte[] original = echo(tampered).build();
        String signature = acme.sign(original);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1;
        assertRefused(acme.upload(changed, signature, acmeId), "signature", "does not verify");

        String unsigned = next(ids);
        assertRefused(acme.upload(echo(unsigned).build(), null, acmeId), "signature", "missing");

        String unknownKey = next(ids);
        byte[] signedByStranger = echo(unknownKey).build();
        assertRefused(acme.upload(signedByStranger, stranger.sign(signedByStranger), acmeId), "signature", "does not verify");

        String traversal = next(ids);
        byte[] escaping = echo(traversal).entry("../evil.txt", "outside").build();
        assertRefused(acme.upload(escaping, acme.sign(escaping), acmeId), "artifact", "../evil.txt");

        String unresolvable = next(ids);
        byte[] missingImport = echo(unresolvable)
                .header("Import-Package", "io.tributary.api.connector;version=\"[1.0,2)\",com.example.nowhere").build();
        assertRefused(acme.upload(missingImport, acme.sign(missingImport), acmeId), "artifact", "com.example.nowhere");

        String externalEntity = next(ids);
        byte[] xxe = echo(externalEntity).entry("OSGI-INF/extra.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE data [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <data>&secret;</data>
                """).build();
        assertRefused(acme.upload(xxe, acme.sign(xxe), acmeId), "artifact!/OSGI-INF/extra.xml", "DOCTYPE");

        Set<String> listed = listingIds("?limit=200");
        for (String id : ids) {
            assertFalse(id + " must not be listed", listed.contains(id));
            assertTrue(registry.find(id, "1.0.0").isEmpty());
        }
    }

    private void assertRefused(Publisher.Upload upload, String field, String reasonMentions) {
        Http.Response response = upload.postTo(admin());
        assertEquals(response.body(), 422, response.status());
        boolean named = false;
        for (JsonNode error : response.json().path("errors")) {
            named |= error.path("field").asText().equals(field) && error.path("message").asText().contains(reasonMentions);
        }
        assertTrue("expected " + field + " mentioning '" + reasonMentions + "' in " + response.body(), named);
        assertEquals("the platform keeps serving", 200, awaitHealthy().status());
    }

    private String registerAndTrust(Publisher publisher, String name) {
        String id = created(admin().postJson("/api/v1/marketplace/publishers",
                "{\"name\": \"" + name + "\", \"publicKey\": " + quoted(publisher.publicKeyPem()) + "}")).path("id").asText();
        created(admin().postJson("/api/v1/marketplace/trusted-publishers", "{\"publisherId\": \"" + id + "\"}"));
        return id;
    }

    private static TestBundles echo(String id) {
        return TestBundles.connector(id, "1.0.0").component(WorkingConnector.class, id, "1.0.0");
    }

    private static String next(List<String> ids) {
        String id = "refused-" + shortId();
        ids.add(id);
        return id;
    }

    private Set<String> listingIds(String query) {
        return names(ok(admin().get("/api/v1/marketplace/listings" + query)).path("items"), "id");
    }

    private static Set<String> names(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        (items.has("items") ? items.path("items") : items).forEach(item -> values.add(item.path(field).asText()));
        return Set.copyOf(values);
    }

    private static Set<String> fields(JsonNode problem) {
        List<String> values = new ArrayList<>();
        problem.path("errors").forEach(error -> values.add(error.path("field").asText()));
        return values.stream().collect(Collectors.toSet());
    }

    private static JsonNode created(Http.Response response) {
        assertEquals(response.body(), 201, response.status());
        return response.json();
    }

    private static JsonNode ok(Http.Response response) {
        assertEquals(response.body(), 200, response.status());
        return response.json();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
