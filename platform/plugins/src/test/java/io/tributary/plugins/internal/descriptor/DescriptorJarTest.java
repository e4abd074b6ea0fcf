package io.tributary.plugins.internal.descriptor;

import static io.tributary.plugins.internal.testing.Descriptors.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.archive.ArchiveReader;
import io.tributary.plugins.internal.testing.Descriptors;
import io.tributary.plugins.internal.testing.TestJars;

class DescriptorJarTest {

    private static final DescriptorReader READER = new DescriptorReader();

    @TempDir
    Path directory;

    @Test
    void connectorJarWithValidDescriptorIsValid() {
        DescriptorCheck check = readJar(TestJars.connector().build());

        assertTrue(check.isValid(), check::summary);
        assertEquals("demo", check.id());
    }

    @Test
    void jarWithoutManifestIsRejected() {
        DescriptorCheck check = readJar(TestJars.connector().buildWithoutManifest());

        assertTrue(check.summary().contains("no META-INF/MANIFEST.MF"), check::summary);
    }

    @Test
    void plainJarThatIsNoOsgiBundleIsRejectedWithEveryMissingHeader() {
        byte[] jar = TestJars.connector().without("Bundle-ManifestVersion").without("Bundle-SymbolicName").build();

        DescriptorCheck check = readJar(jar);

        assertEquals(2, check.errors().size(), check::summary);
        assertTrue(check.summary().contains("Bundle-ManifestVersion must be 2"), check::summary);
        assertTrue(check.summary().contains("no Bundle-SymbolicName"), check::summary);
    }

    @Test
    void bundleWithoutConnectorHeaderIsRejected() {
        DescriptorCheck check = readJar(TestJars.connector().without("Tributary-Connector").build());

        assertTrue(check.summary().contains("no Tributary-Connector manifest header"), check::summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../connector.json", "OSGI-INF/../../connector.json", "/OSGI-INF/connector.json",
        "http://example.com/connector.json", "jar:file:/tmp/x.jar!/connector.json", "OSGI-INF\\connector.json",
        "OSGI-INF/tributary/connector.xml"})
    void headerPointingOutsideTheBundleOrAtNoJsonFileIsRejected(String header) {
        DescriptorCheck check = readJar(TestJars.connector().header("Tributary-Connector", header).build());

        assertEquals(List.of("bundle"), fields(check.errors()));
        assertTrue(check.summary().contains("Tributary-Connector header"), check::summary);
    }

    @Test
    void headerNamingAMissingEntryIsRejected() {
        byte[] jar = TestJars.connector().header("Tributary-Connector", "OSGI-INF/other.json").build();

        DescriptorCheck check = readJar(jar);

        assertEquals(List.of("descriptor"), fields(check.errors()));
        assertTrue(check.summary().contains("no entry OSGI-INF/other.json"), check::summary);
    }

    @Test
    void iconIsLookedUpAmongTheJarEntries() {
        byte[] jar = TestJars.connector().entry("OSGI-INF/tributary/connector.json",
                Descriptors.bytes(Descriptors.valid().put("icon", "icons/absent.png"))).build();

        assertEquals(List.of("descriptor.icon"), fields(readJar(jar).errors()));
    }

    @Test
    void descriptorVersionIsComparedWithTheBundleVersionHeader() {
        byte[] jar = TestJars.connector().header("Bundle-Version", "1.3.0").build();

        assertEquals(List.of("descriptor.version"), fields(readJar(jar).errors()));
    }

    @Test
    void oversizedDescriptorIsRejected() {
        byte[] huge = new byte[DescriptorReader.MAX_DESCRIPTOR_BYTES + 1];
        byte[] jar = TestJars.connector().entry("OSGI-INF/tributary/connector.json", huge).build();

        DescriptorCheck check = readJar(jar);

        assertTrue(check.summary().contains("unpacks to more than " + DescriptorReader.MAX_DESCRIPTOR_BYTES + " bytes"),
                check::summary);
    }

    @Test
    void aManifestLargerThanADescriptorMayBeIsRejectedUnread() {
        byte[] jar = TestJars.connector().buildWithManifestOf(DescriptorReader.MAX_DESCRIPTOR_BYTES + 1);

        DescriptorCheck check = readJar(jar);

        assertEquals(List.of("bundle"), fields(check.errors()));
        assertTrue(check.summary().contains("META-INF/MANIFEST.MF larger than"), check::summary);
    }

    /** The jar as the installer hands it over: in a file, opened by the archive checks. */
    private DescriptorCheck readJar(byte[] jar) {
        try {
            Path file = Files.write(Files.createTempFile(directory, "upload-", ".jar"), jar);
            try (ArchiveReader archive = ArchiveReader.open(file)) {
                return JarDescriptorSource.check(archive, READER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
