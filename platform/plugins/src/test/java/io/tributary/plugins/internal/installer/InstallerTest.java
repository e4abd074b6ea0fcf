package io.tributary.plugins.internal.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.plugin.ConnectorUsage;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.archive.ArchiveLimits;
import io.tributary.plugins.internal.descriptor.DescriptorReader;
import io.tributary.plugins.internal.testing.TestJars;

class InstallerTest {

    private static final DescriptorReader READER = new DescriptorReader();
    private static final long MAX_JAR_BYTES = 1024 * 1024;

    private final FakeRegistry registry = new FakeRegistry();
    private final FakeBundleOperations bundles = new FakeBundleOperations();
    private final List<ConnectorUsage> usages = new ArrayList<>();
    private final Installer installer = new Installer(READER, registry, bundles, () -> usages,
            new Installer.Limits(MAX_JAR_BYTES, Duration.ofSeconds(1)));

    @Test
    void validConnectorIsInstalledAtItsOwnLocationAndReturnedActive() {
        byte[] jar = TestJars.connector().build();

        ConnectorInfo info = installer.install(new ByteArrayInputStream(jar));

        assertEquals(ConnectorState.ACTIVE, info.state());
        assertEquals(40L, bundles.installed.get("tributary:connector/demo/1.2.3"));
        assertArrayEquals(jar, bundles.jars.get("tributary:connector/demo/1.2.3"));
        assertEquals(List.of(40L), bundles.started);
    }

    @Test
    void invalidBundleIsRefusedBeforeTheFrameworkSeesIt() {
        Problem problem = refusal(() -> installer.install(jar(TestJars.connector().without("Bundle-SymbolicName")
                .header("Bundle-Version", "9.0.0"))));

        assertEquals(422, problem.status());
        assertEquals(List.of("bundle", "descriptor.version"), fields(problem));
        assertTrue(bundles.installed.isEmpty());
    }

    @Test
    void anUploadThatIsNoZipIsRefusedNamingTheBundle() {
        Problem problem = refusal(() -> installer.install(new ByteArrayInputStream("just some text".getBytes())));

        assertEquals(422, problem.status());
        assertEquals(List.of("bundle"), fields(problem));
        assertTrue(problem.errors().get(0).message().startsWith("is not a readable zip (jar) archive: "),
                problem::toString);
    }

    @Test
    void anArchiveBreakingTheMarketplacesStructureRulesIsRefusedWithEveryReason() {
        byte[] jar = TestJars.connector().entry("../outside.txt", new byte[1]).build();

        Problem problem = refusal(() -> installer.install(new ByteArrayInputStream(jar)));

        assertEquals(new FieldError("bundle", "has an entry '../outside.txt' that leaves the archive"),
                problem.errors().get(0));
        assertTrue(bundles.installed.isEmpty());
    }

    @Test
    void uploadOverTheLimitIsRefusedAsTooLarge() {
        Problem problem = refusal(() -> installer.install(new ByteArrayInputStream(new byte[(int) MAX_JAR_BYTES + 1])));

        assertEquals(413, problem.status());
    }

    @Test
    void aSmallJarWhoseManifestInflatesBeyondTheLimitIsRefusedWithoutInflatingIt() {
        long unpackedLimit = ArchiveLimits.forArtifactsOf(MAX_JAR_BYTES).maxUnpackedBytes();
        byte[] bomb = TestJars.connector().buildWithManifestOf(unpackedLimit + (1 << 20));
        assertTrue(bomb.length < MAX_JAR_BYTES, bomb.length + " bytes");

        Problem problem = refusal(() -> installer.install(new ByteArrayInputStream(bomb)));

        assertEquals(422, problem.status());
        assertTrue(problem.errors().contains(new FieldError("bundle", "unpacks to more than " + unpackedLimit
                + " bytes, the most an artifact may unpack to")), problem::toString);
        assertTrue(problem.errors().contains(new FieldError("bundle", "has a META-INF/MANIFEST.MF larger than "
                + DescriptorReader.MAX_DESCRIPTOR_BYTES + " bytes")), problem::toString);
        assertTrue(bundles.installed.isEmpty());
    }

    @Test
    void versionAlreadyInstalledIsRefused() {
        registry.connectors.add(FakeRegistry.info("demo", "1.2.3", ConnectorState.ACTIVE, null, 7));

        Problem problem = refusal(() -> installer.install(jar(TestJars.connector())));

        assertEquals(List.of("version"), fields(problem));
        assertTrue(problem.errors().get(0).message().contains("as bundle 7"));
        assertTrue(bundles.installed.isEmpty());
    }

    @Test
    void unresolvableBundleIsRemovedAndEveryMissingImportListed() {
        bundles.startFailure = new BundleException("Unable to resolve demo", BundleException.RESOLVE_ERROR);
        bundles.missing = List.of("osgi.wiring.package; (osgi.wiring.package=com.acme)",
                "osgi.wiring.package; (osgi.wiring.package=org.other)");

        Problem problem = refusal(() -> installer.install(jar(TestJars.connector())));

        assertEquals(List.of("imports", "imports", "imports"), problem.errors().stream().map(FieldError::field)
                .toList());
        assertEquals(List.of(40L), bundles.removed);
    }

    @Test
    void connectorRejectedAfterStartingIsRemovedWithTheRegistrysReason() {
        registry.settlesAs = ConnectorState.REJECTED;
        registry.reason = "its Connector component failed to activate: boom";

        Problem problem = refusal(() -> installer.install(jar(TestJars.connector())));

        assertEquals(List.of(new FieldError("activation", registry.reason)), problem.errors());
        assertEquals(List.of(40L), bundles.removed);
        assertTrue(bundles.installed.isEmpty());
    }

    @Test
    void connectorStillWaitingAfterTheTimeoutIsRemovedSayingWhatItWaitsFor() {
        registry.settlesAs = ConnectorState.INSTALLED;
        registry.reason = "waiting for its Connector service: component x waits for reference dataSource";

        Problem problem = refusal(() -> installer.install(jar(TestJars.connector())));

        assertTrue(problem.errors().get(0).message().startsWith("not active after 1 s: waiting"));
        assertEquals(List.of(40L), bundles.removed);
    }

    @Test
    void uninstallingAnUnknownVersionIsNotFound() {
        assertEquals(404, refusal(() -> installer.uninstall("demo", "9.9.9", false)).status());
    }

    @Test
    void uninstallingAVersionInUseIsRefusedNamingEveryUser() {
        registry.connectors.add(FakeRegistry.info("demo", "1.2.3", ConnectorState.ACTIVE, null, 7));
        usages.add((id, version) -> List.of("flow \"Orders\" (f-12)"));
        usages.add((id, version) -> List.of("flow \"Invoices\" (f-13)"));

        Problem problem = refusal(() -> installer.uninstall("demo", "1.2.3", false));

        assertEquals(409, problem.status());
        assertEquals(List.of("flow \"Orders\" (f-12)", "flow \"Invoices\" (f-13)"),
                problem.errors().stream().map(FieldError::message).toList());
        assertTrue(bundles.removed.isEmpty());
    }

    @Test
    void usageThatCannotAnswerCountsAsAUser() {
        registry.connectors.add(FakeRegistry.info("demo", "1.2.3", ConnectorState.ACTIVE, null, 7));
        usages.add((id, version) -> {
            throw new IllegalStateException("database down");
        });

        assertEquals(409, refusal(() -> installer.uninstall("demo", "1.2.3", false)).status());
    }

    @Test
    void forcedUninstallRemovesAVersionInUse() {
        registry.connectors.add(FakeRegistry.info("demo", "1.2.3", ConnectorState.ACTIVE, null, 7));
        usages.add((id, version) -> List.of("flow \"Orders\" (f-12)"));

        installer.uninstall("demo", "1.2.3", true);

        assertEquals(List.of(7L), bundles.removed);
    }

    private static ByteArrayInputStream jar(TestJars jar) {
        return new ByteArrayInputStream(jar.build());
    }

    private static Problem refusal(Runnable call) {
        return assertThrows(ProblemException.class, call::run).problem();
    }

    private static List<String> fields(Problem problem) {
        return problem.errors().stream().map(FieldError::field).distinct().toList();
    }
}
