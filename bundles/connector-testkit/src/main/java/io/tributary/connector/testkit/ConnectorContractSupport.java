package io.tributary.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.Source;

/**
 * What a connector's contract test provides, and the helpers the contract's tests share: contexts that are checked
 * for logged secrets after each test, opening operations, and the descriptor.
 */
public abstract class ConnectorContractSupport {

    private final List<TestContext> contexts = new ArrayList<>();
    private DescriptorFile descriptor;

    // connector tests extend ConnectorContract, never this class alone
    ConnectorContractSupport() {
    }

    /** The connector under test, ready to be called. */
    protected abstract Connector connector();

    /** The built descriptor; by default where a module under bundles/ builds it. */
    protected Path descriptorPath() {
        return Path.of("target/classes/OSGI-INF/tributary/connector.json");
    }

    /**
     * The version of the bundle the descriptor ships in, Maven or OSGi style, e.g. {@code 1.0.0-SNAPSHOT}; by
     * default the {@code Bundle-Version} bnd wrote into the built manifest, so the real bundle is what is checked.
     */
    protected String bundleVersion() {
        try (InputStream manifest = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(manifest).getMainAttributes().getValue("Bundle-Version");
        } catch (IOException e) {
            throw new UncheckedIOException("no built manifest: override bundleVersion()", e);
        }
    }

    /** A connection to the test system that works. */
    protected abstract ObjectNode workingConnection();

    /** Connections that must fail their test, at least one. */
    protected abstract List<BrokenConnection> brokenConnections();

    /** The source operation and its prepared data; empty for a connector without source operations. */
    protected abstract Optional<SourceFixture> sourceFixture();

    /** The destination operation and records to write; empty for a connector without destination operations. */
    protected abstract Optional<DestinationFixture> destinationFixture();

    /** How the connector's reads end once their run is cancelled. */
    protected Cancellation readCancellation() {
        return Cancellation.THROWS;
    }

    /**
     * How the connector's writes end once their run is cancelled. A write that may already have sent some records
     * must report per record ({@link Cancellation#STOPS_EARLY}); throwing means nothing of the batch was kept.
     */
    protected Cancellation writeCancellation() {
        return Cancellation.THROWS;
    }

    /** The folder the bundle's entries come from (for the icon): by default the one holding {@code OSGI-INF}. */
    protected Path bundleRoot() {
        Path path = descriptorPath().toAbsolutePath().normalize();
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            if (folder.getFileName() != null && folder.getFileName().toString().equals("OSGI-INF")) {
                return folder.getParent();
            }
        }
        return path.getParent();
    }

    @AfterEach
    public void noSecretWasLogged() {
        for (TestContext context : contexts) {
            Map<String, String> secrets = secretsOf(context.connection());
            context.logger().messages().forEach(message -> Secrets.assertAbsent(secrets, message, "a log message"));
        }
    }

    TestContext context(ObjectNode connection, ObjectNode config) {
        TestContext context = config == null ? TestContext.of(connection) : new TestContext(connection, config);
        contexts.add(context);
        return context;
    }

    List<Page> readAll(SourceFixture fixture) throws Exception {
        try (Source source = openSource(fixture)) {
            return Pages.readToEnd(source, null, fixture.pageSize(), maxPages(fixture));
        }
    }

    Source openSource(SourceFixture fixture) throws Exception {
        return connector().openSource(fixture.operation(), context(workingConnection(), fixture.config()));
    }

    Destination openDestination(DestinationFixture fixture) throws Exception {
        return connector().openDestination(fixture.operation(), context(workingConnection(), fixture.config()));
    }

    SourceFixture source() {
        Optional<SourceFixture> fixture = sourceFixture();
        assumeTrue(fixture.isPresent(), "the connector has no source operation");
        return fixture.get();
    }

    DestinationFixture destination() {
        Optional<DestinationFixture> fixture = destinationFixture();
        assumeTrue(fixture.isPresent(), "the connector has no destination operation");
        return fixture.get();
    }

    DescriptorFile descriptor() {
        if (descriptor == null) {
            descriptor = DescriptorFile.load(descriptorPath());
        }
        return descriptor;
    }

    JsonNode declared(String operation) {
        return descriptor().operation(operation)
                .orElseGet(() -> fail("the descriptor declares no operation '" + operation + "'"));
    }

    Map<String, String> secretsOf(ObjectNode connection) {
        return Secrets.in(descriptor().connectionSchema(), connection);
    }

    // enough for every record one page at a time, and a few empty pages: more means the source never ends
    static int maxPages(SourceFixture fixture) {
        return fixture.expectedKeys().size() + 3;
    }

    static void assertSameRecords(List<String> expected, List<String> actual) {
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(),
                "every record exactly once (keys compared sorted)");
    }
}
