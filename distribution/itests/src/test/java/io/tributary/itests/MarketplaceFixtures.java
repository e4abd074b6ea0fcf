package io.tributary.itests;

import static io.tributary.itests.MatrixFixtures.expect;
import static io.tributary.itests.MatrixFixtures.id;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.itests.bundles.TestBundles;
import io.tributary.itests.bundles.WorkingConnector;
import io.tributary.rest.internal.matrix.AuthorizationMatrix.Row;

/**
 * The marketplace's part of the authorization matrix's fixtures, made over REST when a row first names them:
 * publisher P (registered by A, trusted by the runtime), its connector listings L (published, not installed) and J
 * (installed at an older version than its newest), its integration listing V and the integration I installed from
 * V's older version. P and the connector V's slot needs stay for the whole replay; L, J, V and I are made anew
 * after each cell that changed something.
 */
final class MarketplaceFixtures {

    /** What a cell may change: {@link MatrixFixtures#createFresh()} forgets them. */
    static final List<String> PER_CELL = List.of("L", "L.version", "J", "J.version", "V", "V.version", "I", "I.slot",
            "I.connection", "I.settings");

    private static final Set<String> NAMES = Set.of("P", "L", "J", "V", "I");
    /** The one row before whose cells P is not trusted: they trust it. */
    private static final String TRUSTING_ROW = "POST /marketplace/trusted-publishers";
    private static final String OLDER = "1.0.0";
    private static final String NEWER = "1.1.0";
    private static final String SLOT = "target";

    private final MatrixFixtures fixtures;
    private final Map<String, String> values;
    private final Publisher publisher = new Publisher();
    private String slotConnector;
    private int unpublishedPatch;

    MarketplaceFixtures(MatrixFixtures fixtures) {
        this.fixtures = fixtures;
        this.values = fixtures.values;
    }

    /** Makes what the row names and is missing, and has the runtime trust P, or not before the trusting row. */
    void prepare(Row row) {
        Set<String> named = row.placeholders().stream().map(name -> name.split("\\.", 2)[0])
                .filter(NAMES::contains).collect(Collectors.toCollection(HashSet::new));
        if (row.publishes()) {
            named.add("L");
        }
        if (named.isEmpty()) {
            return;
        }
        registerPublisher();
        if (row.endpoint().equals(TRUSTING_ROW)) {
            distrustPublisher();
        } else {
            expect(201, operator().postJson("/api/v1/marketplace/trusted-publishers",
                    "{\"publisherId\": \"" + values.get("P") + "\"}"));
        }
        if (named.contains("L") && !values.containsKey("L")) {
            String listing = fixtures.next("matrix-l");
            publish(connector(listing, OLDER));
            values.put("L", listing);
            values.put("L.version", OLDER);
        }
        if (named.contains("J") && !values.containsKey("J")) {
            installedConnector();
        }
        if (named.contains("I") && !values.containsKey("I")) {
            installedIntegration();
        } else if (named.contains("V") && !values.containsKey("V")) {
            integrationListing();
        }
    }

    /** L2: a version of L not published yet, signed by P, as the upload that publishes it. */
    Publisher.Upload unpublishedVersionOfL() {
        String version = "1.0." + ++unpublishedPatch;
        byte[] artifact = connector(values.get("L"), version);
        return publisher.upload(artifact, publisher.sign(artifact), values.get("P"));
    }

    private void registerPublisher() {
        if (values.containsKey("P")) {
            return;
        }
        JsonNode registered = expect(201, admin().postJson("/api/v1/marketplace/publishers",
                "{\"name\": \"Matrix " + fixtures.next("publisher") + "\", \"publicKey\": \""
                        + publisher.publicKeyPem().replace("\n", "\\n") + "\"}")).json();
        values.put("P", registered.path("id").asText());
    }

    private void distrustPublisher() {
        int status = operator().delete("/api/v1/marketplace/trusted-publishers/" + values.get("P")).status();
        if (status != 204 && status != 404) {
            throw new AssertionError("distrusting publisher P answered " + status);
        }
    }

    /** J: installed at the older of its two versions. */
    private void installedConnector() {
        String listing = fixtures.next("matrix-j");
        publish(connector(listing, OLDER));
        publish(connector(listing, NEWER));
        expect(201, operator().postJson("/api/v1/marketplace/install",
                "{\"listingId\": \"" + listing + "\", \"version\": \"" + OLDER + "\"}"));
        values.put("J", listing);
        values.put("J.version", NEWER);
    }

    /** V: two versions of an integration with one slot for a connector of P, not installed. */
    private void integrationListing() {
        if (slotConnector == null) {
            slotConnector = fixtures.next("matrix-c");
            publish(slotConnector(slotConnector));
        }
        String listing = fixtures.next("matrix-v");
        publish(integration(listing, OLDER));
        publish(integration(listing, NEWER));
        values.put("V", listing);
        values.put("V.version", NEWER);
    }

    /**
     * I: installed by A from a new V at the older version, M and G made members of its workspace, and a second
     * connection for its slot there. The runtime holds one version of an integration, the one tenants install and
     * upgrade to: the operator upgrades it to V's newest, so that A can upgrade I to it.
     */
    private void installedIntegration() {
        integrationListing();
        String listing = values.get("V");
        JsonNode installed = expect(201, admin().postJson("/api/v1/integrations", "{\"listingId\": \"" + listing
                + "\", \"version\": \"" + OLDER + "\", \"workspaceName\": \"" + fixtures.next("integration") + "\"}"))
                .json();
        expect(200, operator().postJson("/api/v1/marketplace/installed/" + listing + "/upgrade",
                "{\"version\": \"" + NEWER + "\"}"));
        String workspace = installed.path("workspaceId").asText();
        fixtures.member(admin(), workspace, "monitor", "monitor");
        fixtures.member(admin(), workspace, "manager", "manage");
        values.put("I", installed.path("id").asText());
        values.put("I.slot", SLOT);
        values.put("I.connection", id(admin().postJson("/api/v1/connections", "{\"workspaceId\": \"" + workspace
                + "\", \"connector\": {\"id\": \"" + slotConnector + "\", \"version\": \"" + OLDER + "\"}, \"name\": \""
                + fixtures.next("conn") + "\", \"config\": {}}")));
        values.put("I.settings", "{\"path\": \"/changed\"}");
    }

    private void publish(byte[] artifact) {
        expect(201, publisher.upload(artifact, publisher.sign(artifact), values.get("P")).postTo(admin()));
    }

    /** A, P's registrant: the fixtures are published as P by them. */
    private Http admin() {
        return fixtures.callers.get("admin");
    }

    private Http operator() {
        return fixtures.operator();
    }

    private static byte[] connector(String id, String version) {
        return TestBundles.connector(id, version).component(WorkingConnector.class, id, version).build();
    }

    /** A connector with a source and a destination, so that a flow can read from and write to one slot. */
    private static byte[] slotConnector(String id) {
        String descriptor = """
                {"id": "%1$s", "name": "Matrix %1$s", "version": "%2$s",
                 "connection": {"type": "object", "properties": {}},
                 "operations": [
                  {"name": "read", "kind": "source", "title": "Read",
                   "config": {"type": "object", "properties": {"path": {"type": "string"}}}},
                  {"name": "write", "kind": "destination", "title": "Write", "modes": ["insert", "upsert"],
                   "maxBatch": 100, "config": {"type": "object", "properties": {"path": {"type": "string"}}}}]}
                """.formatted(id, OLDER);
        return TestBundles.connector(id, OLDER).component(WorkingConnector.class, id, OLDER)
                .entry("OSGI-INF/tributary/connector.json", descriptor).build();
    }

    /** An integration bundle: one slot for the slot connector, a setting, a flow reading and writing the slot. */
    private byte[] integration(String id, String version) {
        String descriptor = """
                {"id": "%1$s", "name": "Matrix %1$s", "version": "%2$s", "summary": "Copies a slot's records to it.",
                 "connectors": [{"id": "%3$s", "version": "[1.0,2.0)"}],
                 "slots": [{"name": "%4$s", "title": "Target", "connector": "%3$s"}],
                 "settings": {"type": "object", "additionalProperties": false,
                              "properties": {"path": {"type": "string", "minLength": 1, "default": "/records"}}},
                 "flows": [{"key": "copy", "template": {"name": "Copy",
                   "source": {"connection": "{{slots.%4$s}}", "operation": "read",
                              "config": {"path": "{{settings.path}}"}},
                   "destinations": [{"name": "copy", "connection": "{{slots.%4$s}}", "operation": "write",
                                     "mode": "insert", "config": {"path": "{{settings.path}}"}}]}}]}
                """.formatted(id, version, slotConnector, SLOT);
        return TestBundles.jar()
                .header("Bundle-ManifestVersion", "2")
                .header("Bundle-SymbolicName", "io.tributary.itests." + id)
                .header("Bundle-Version", version)
                .header("Tributary-Integration", "OSGI-INF/tributary/integration.json")
                .entry("OSGI-INF/tributary/integration.json", descriptor)
                .build();
    }
}
