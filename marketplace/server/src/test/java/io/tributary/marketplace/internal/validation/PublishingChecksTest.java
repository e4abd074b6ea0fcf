package io.tributary.marketplace.internal.validation;

import static io.tributary.marketplace.internal.validation.TestArtifacts.COMPONENT_XML;
import static io.tributary.marketplace.internal.validation.TestArtifacts.CONNECTOR_DESCRIPTOR;
import static io.tributary.marketplace.internal.validation.TestArtifacts.ICON;
import static io.tributary.marketplace.internal.validation.TestArtifacts.INTEGRATION_DESCRIPTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.Kind;
import io.tributary.api.problem.FieldError;
import io.tributary.marketplace.internal.validation.TestArtifacts.Publisher;

class PublishingChecksTest {

    private static final String CONNECTOR_FIELD = "artifact!/" + CONNECTOR_DESCRIPTOR;
    private static final String MANIFEST_FIELD = "artifact!/META-INF/MANIFEST.MF";

    @TempDir
    Path folder;

    private final Publisher publisher = Publisher.generate();
    private PublishingLimits limits = PublishingLimits.defaults();
    private final FakePlatform platform = FakePlatform.exporting(FakePlatform.API_EXPORTS);

    @Test
    void aValidConnectorPassesWithAllItsFacts() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);

        Inspection inspection = inspect(artifact);

        assertEquals(List.of(), inspection.failures());
        ArtifactFacts facts = inspection.facts();
        assertEquals(Kind.CONNECTOR, facts.kind());
        assertEquals("acme-widget", facts.id());
        assertEquals("1.2.0", facts.version());
        assertEquals("Acme Widget", facts.name());
        assertEquals("Reads widgets from Acme.", facts.summary());
        assertEquals("Reads widgets from Acme. Writes them too.", facts.description());
        assertEquals(List.of("crm", "acme"), facts.categories());
        assertEquals("io.tributary.api.connector;version=\"[1.0,2)\"", facts.platformRange());
        assertEquals(List.of(), facts.dependencies());
        assertNull(facts.changelog());
        assertEquals(sha256(artifact), facts.sha256());
        assertEquals(Files.size(artifact), facts.size());
        assertEquals("acme-widget", facts.descriptor().path("id").asText());
        String prefix = "data:image/svg+xml;base64,";
        assertTrue(facts.icon().startsWith(prefix), facts.icon());
        byte[] icon = Base64.getDecoder().decode(facts.icon().substring(prefix.length()));
        assertEquals(TestArtifacts.ICON_SVG, new String(icon, StandardCharsets.UTF_8));
    }

    @Test
    void aJarAsTheJdkWritesItPasses() throws Exception {
        assertEquals(List.of(), inspect(TestArtifacts.connector().writeWithJdk(folder)).failures());
    }

    @Test
    void aValidIntegrationPassesWithItsConnectorsAsDependencies() throws Exception {
        Inspection inspection = inspect(TestArtifacts.integration().write(folder));

        assertEquals(List.of(), inspection.failures());
        ArtifactFacts facts = inspection.facts();
        assertEquals(Kind.INTEGRATION, facts.kind());
        assertEquals("widget-sync", facts.id());
        assertEquals("2.0.1", facts.version());
        assertEquals("Copies widgets from Acme to a database.", facts.summary());
        assertEquals("First release.", facts.changelog());
        assertEquals("", facts.platformRange());
        assertNull(facts.icon());
        assertEquals(List.of(new Dependency("acme-widget", "[1.2,2)"), new Dependency("jdbc", "[1.0,2)")),
                facts.dependencies());
    }

    @Test
    void aPngIconBecomesAPngDataUri() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        ObjectNode descriptor = TestArtifacts.connectorDescriptor().put("icon", "icon.png");
        Path artifact = TestArtifacts.connector().entry("icon.png", png).descriptor(CONNECTOR_DESCRIPTOR, descriptor)
                .write(folder);

        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                inspect(artifact).facts().icon());
    }

    @Test
    void anArtifactChangedAfterSigningIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);
        byte[] signature = publisher.sign(artifact);
        byte[] bytes = Files.readAllBytes(artifact);
        bytes[10] ^= 1; // the first entry's modification time: still a sound zip, no longer what was signed
        Files.write(artifact, bytes);

        Inspection inspection = new PublishingChecks(limits, platform)
                .inspect(artifact, signature, publisher.key(), List.of());

        assertEquals(List.of(new FieldError("signature", "does not verify with the key of the publisher (fingerprint "
                + publisher.key().fingerprint() + "): the artifact was changed after signing or signed with another"
                + " key")), inspection.failures());
        assertNull(inspection.facts());
    }

    @Test
    void anUnsignedArtifactIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);
        PublishingChecks checks = new PublishingChecks(limits, platform);
        List<FieldError> expected = List.of(new FieldError("signature",
                "is missing: sign the artifact with the publisher's private key"));

        assertEquals(expected, checks.inspect(artifact, null, publisher.key(), List.of()).failures());
        assertEquals(expected, checks.inspect(artifact, new byte[0], publisher.key(), List.of()).failures());
    }

    @Test
    void anArtifactSignedByAnotherKeyIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);
        byte[] signature = Publisher.generate().sign(artifact);

        List<FieldError> failures = new PublishingChecks(limits, platform)
                .inspect(artifact, signature, publisher.key(), List.of()).failures();

        assertEquals(1, failures.size());
        assertEquals("signature", failures.get(0).field());
        assertTrue(failures.get(0).message().contains(publisher.key().fingerprint()), failures.get(0).message());
    }

    @Test
    void aPublisherWithoutKeyIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);

        List<FieldError> failures = new PublishingChecks(limits, platform)
                .inspect(artifact, publisher.sign(artifact), null, List.of()).failures();

        assertEquals(1, failures.size());
        assertEquals("publisher", failures.get(0).field());
    }

    @Test
    void anEntryThatLeavesTheArchiveIsRefused() throws Exception {
        assertArtifactFailure(TestArtifacts.connector().entry("../evil.txt", "x"),
                "has an entry '../evil.txt' that leaves the archive");
        assertArtifactFailure(TestArtifacts.connector().entry("lib/../../evil.txt", "x"),
                "has an entry 'lib/../../evil.txt' that leaves the archive");
    }

    @Test
    void aRuleBrokenByManyEntriesListsTheFirstTwentyAndCountsTheRest() throws Exception {
        TestArtifacts artifact = TestArtifacts.connector();
        for (int i = 0; i < 25; i++) {
            artifact.entry("../evil" + i + ".txt", "x");
        }

        List<FieldError> failures = signedAndInspected(artifact.write(folder));

        assertEquals(21, failures.size(), failures.toString());
        assertEquals(new FieldError("artifact", "has an entry '../evil19.txt' that leaves the archive"),
                failures.get(19));
        assertEquals(new FieldError("artifact", "has 5 more entries like these (unsafe name) that are not listed"),
                failures.get(20));
    }

    @Test
    void anEntryWithAnAbsolutePathIsRefused() throws Exception {
        assertArtifactFailure(TestArtifacts.connector().entry("/etc/cron.d/evil", "x"),
                "has an entry '/etc/cron.d/evil' with an absolute path");
        assertArtifactFailure(TestArtifacts.connector().entry("C:/Windows/evil.dll", "x"),
                "has an entry 'C:/Windows/evil.dll' with an absolute path");
    }

    @Test
    void anEntryWithABackslashOrNulIsRefused() throws Exception {
        assertArtifactFailure(TestArtifacts.connector().entry("lib\\evil.txt", "x"),
                "has an entry 'lib\\evil.txt' with a backslash in its name; zip entry names separate folders with"
                        + " '/'");
        assertArtifactFailure(TestArtifacts.connector().entry("evil.txt\0.png", "x"),
                "has an entry 'evil.txt\\u0000.png' whose name contains a NUL character");
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        assertArtifactFailure(TestArtifacts.connector().raw(zip -> zip.link("lib/passwd", "/etc/passwd")),
                "has an entry 'lib/passwd' that is a symbolic link; links are refused");
    }

    @Test
    void aDuplicateEntryIsRefused() throws Exception {
        assertArtifactFailure(TestArtifacts.connector().raw(zip -> zip.add(ICON, "<svg/>".getBytes())),
                "has the entry '" + ICON + "' more than once");
    }

    @Test
    void anEntryWhoseLocalHeaderNamesAnotherPathIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().entry("good.txt", "x").write(folder);
        byte[] bytes = Files.readAllBytes(artifact);
        byte[] good = "good.txt".getBytes(StandardCharsets.US_ASCII);
        int local = indexOf(bytes, good); // local headers come before the central directory
        System.arraycopy("../e.txt".getBytes(StandardCharsets.US_ASCII), 0, bytes, local, good.length);
        Files.write(artifact, bytes);

        assertEquals(List.of(new FieldError("artifact", "has an entry 'good.txt' whose local header names it"
                + " '../e.txt'; the archive is inconsistent")), signedAndInspected(artifact));
    }

    @Test
    void anArtifactOverTheSizeLimitIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().write(folder);
        limits = new PublishingLimits(100, 100, 1 << 20, 1 << 20);

        assertEquals(List.of(new FieldError("artifact", "is " + Files.size(artifact)
                + " bytes; at most 100 are allowed")), signedAndInspected(artifact));
    }

    @Test
    void anArchiveWithTooManyEntriesIsRefused() throws Exception {
        limits = new PublishingLimits(1 << 20, 3, 1 << 20, 1 << 20);

        assertArtifactFailure(TestArtifacts.connector(), "has 5 entries; at most 3 are allowed");
    }

    @Test
    void anArchiveThatUnpacksBeyondTheLimitIsRefusedWhateverItsHeadersClaim() throws Exception {
        limits = new PublishingLimits(1 << 20, 100, 1 << 20, 1 << 20);

        assertArtifactFailure(TestArtifacts.connector().raw(zip -> zip.lying("zeros.bin", new byte[2 << 20], 10)),
                "unpacks to more than 1048576 bytes, the most an artifact may unpack to");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path artifact = Files.writeString(folder.resolve("notes.jar"), "just some text, no zip at all");

        List<FieldError> failures = signedAndInspected(artifact);

        assertEquals(1, failures.size());
        assertEquals("artifact", failures.get(0).field());
        assertTrue(failures.get(0).message().startsWith("is not a readable zip (jar) archive"), failures.toString());
    }

    @Test
    void aJarWithoutManifestIsRefused() throws Exception {
        assertEquals(List.of(new FieldError("artifact", "has no META-INF/MANIFEST.MF, so it is not an OSGi bundle")),
                signedAndInspected(TestArtifacts.connector().withoutManifest().write(folder)));
    }

    @Test
    void aJarThatIsNoBundleIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().withoutHeader("Bundle-ManifestVersion")
                .withoutHeader("Bundle-SymbolicName").withoutHeader("Bundle-Version").write(folder);

        assertEquals(List.of(
                new FieldError(MANIFEST_FIELD, "is not an OSGi bundle manifest: Bundle-ManifestVersion must be 2 (it is"
                        + " missing)"),
                new FieldError(MANIFEST_FIELD, "has no Bundle-SymbolicName, so it is not an OSGi bundle"),
                new FieldError(MANIFEST_FIELD, "has no Bundle-Version")), signedAndInspected(artifact));
    }

    @Test
    void aBundleThatIsNeitherConnectorNorIntegrationIsRefused() throws Exception {
        List<FieldError> failures = signedAndInspected(
                TestArtifacts.connector().withoutHeader("Tributary-Connector").write(folder));

        assertEquals(1, failures.size());
        assertEquals(MANIFEST_FIELD, failures.get(0).field());
        assertTrue(failures.get(0).message().startsWith("has neither a Tributary-Connector nor a"
                + " Tributary-Integration header"), failures.toString());
    }

    @Test
    void aBundleThatIsBothConnectorAndIntegrationIsRefused() throws Exception {
        List<FieldError> failures = signedAndInspected(TestArtifacts.connector()
                .header("Tributary-Integration", CONNECTOR_DESCRIPTOR).write(folder));

        assertEquals(List.of(new FieldError(MANIFEST_FIELD, "has both a Tributary-Connector and a"
                + " Tributary-Integration header; a bundle is either a connector or an integration")), failures);
    }

    @Test
    void aMissingDescriptorIsRefused() throws Exception {
        assertEquals(List.of(new FieldError(MANIFEST_FIELD, "Tributary-Connector names '" + CONNECTOR_DESCRIPTOR
                        + "', but the bundle has no such entry")),
                signedAndInspected(TestArtifacts.connector().withoutEntry(CONNECTOR_DESCRIPTOR).write(folder)));
    }

    @Test
    void aDescriptorThatIsNoJsonIsRefused() throws Exception {
        List<FieldError> failures = signedAndInspected(
                TestArtifacts.connector().entry(CONNECTOR_DESCRIPTOR, "{\"id\": ").write(folder));

        assertEquals(1, failures.size());
        assertEquals(CONNECTOR_FIELD, failures.get(0).field());
        assertTrue(failures.get(0).message().startsWith("is not valid JSON"), failures.toString());
    }

    @Test
    void aDescriptorBreakingItsSchemaIsRefusedWithTheJsonPath() throws Exception {
        ObjectNode descriptor = TestArtifacts.connectorDescriptor();
        ((ObjectNode) descriptor.withArray("operations").get(0)).put("kind", "sink");
        descriptor.remove("connection");

        List<FieldError> failures = signedAndInspected(
                TestArtifacts.connector().descriptor(CONNECTOR_DESCRIPTOR, descriptor).write(folder));

        assertTrue(failures.stream().allMatch(failure -> failure.field().equals(CONNECTOR_FIELD)), failures.toString());
        assertTrue(failures.stream().anyMatch(failure -> failure.message().startsWith("$.operations[0].kind:")),
                failures.toString());
        assertTrue(failures.stream().anyMatch(failure -> failure.message().contains("connection")),
                failures.toString());
    }

    @Test
    void aDescriptorIdUnfitForAListingIsRefusedOnce() throws Exception {
        ObjectNode descriptor = TestArtifacts.connectorDescriptor().put("id", "Acme_Widget");

        List<FieldError> failures = signedAndInspected(
                TestArtifacts.connector().descriptor(CONNECTOR_DESCRIPTOR, descriptor).write(folder));

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).message().startsWith("$.id:"), failures.toString());
    }

    @Test
    void aDescriptorVersionOtherThanTheBundleVersionIsRefused() throws Exception {
        ObjectNode descriptor = TestArtifacts.connectorDescriptor().put("version", "1.3.0");

        Path artifact = TestArtifacts.connector().descriptor(CONNECTOR_DESCRIPTOR, descriptor).write(folder);

        assertEquals(List.of(new FieldError(CONNECTOR_FIELD, "$.version: is 1.3.0 but the Bundle-Version is"
                + " 1.2.0.v20250101; it must be 1.2.0")), signedAndInspected(artifact));
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE component [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<component name=\"&secret;\"/>";

        assertEquals(List.of(new FieldError("artifact!/" + COMPONENT_XML,
                        "declares a DOCTYPE/external entity; XML with DTDs is refused")),
                signedAndInspected(TestArtifacts.connector().entry(COMPONENT_XML, xxe).write(folder)));
    }

    @Test
    void malformedXmlIsRefused() throws Exception {
        List<FieldError> failures = signedAndInspected(
                TestArtifacts.connector().entry("OSGI-INF/blueprint/wiring.xml", "<blueprint><bean></blueprint>")
                        .write(folder));

        assertEquals(1, failures.size());
        assertEquals("artifact!/OSGI-INF/blueprint/wiring.xml", failures.get(0).field());
        assertTrue(failures.get(0).message().startsWith("is not well-formed XML"), failures.toString());
    }

    @Test
    void anSvgIconWithADoctypeIsRefused() throws Exception {
        String svg = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"http://evil.example/\">]><svg>&x;</svg>";

        assertEquals(List.of(new FieldError("artifact!/" + ICON,
                        "declares a DOCTYPE/external entity; SVG icons with DTDs are refused")),
                signedAndInspected(TestArtifacts.connector().entry(ICON, svg).write(folder)));
    }

    @Test
    void anIconOver16KiBOrOfAnotherTypeIsRefused() throws Exception {
        String big = "<svg>" + "<!-- padding -->".repeat(1100) + "</svg>";
        assertEquals(List.of(new FieldError("artifact!/" + ICON,
                        "is larger than 16 KiB (16384 bytes), the most an icon may be")),
                signedAndInspected(TestArtifacts.connector().entry(ICON, big).write(folder)));

        ObjectNode descriptor = TestArtifacts.connectorDescriptor().put("icon", "icon.gif");
        List<FieldError> failures = signedAndInspected(TestArtifacts.connector().entry("icon.gif", "GIF89a")
                .descriptor(CONNECTOR_DESCRIPTOR, descriptor).write(folder));
        assertTrue(failures.stream().anyMatch(failure -> failure.field().equals(CONNECTOR_FIELD)
                && failure.message().startsWith("$.icon:")), failures.toString());
    }

    @Test
    void anIntegrationPlaceholderNamingAnUnknownSlotIsRefused() throws Exception {
        ObjectNode descriptor = TestArtifacts.integrationDescriptor();
        ((ObjectNode) descriptor.at("/flows/0/template/destination")).put("connection", "{{slots.warehouse}}");

        assertEquals(List.of(new FieldError("artifact!/" + INTEGRATION_DESCRIPTOR,
                        "$.flows[0].template.destination.connection: {{slots.warehouse}} refers to a slot 'warehouse'"
                                + " that is not declared under slots")),
                signedAndInspected(TestArtifacts.integration().descriptor(INTEGRATION_DESCRIPTOR, descriptor)
                        .write(folder)));
    }

    @Test
    void anUnresolvableImportIsRefused() throws Exception {
        Path artifact = TestArtifacts.connector().header("Import-Package",
                "io.tributary.api.connector;version=\"[1.0,2)\",com.acme.missing;version=\"[1.0,2)\"").write(folder);

        assertEquals(List.of(new FieldError("artifact", "imports package com.acme.missing (version>=1.0.0, <2.0.0),"
                + " which neither the platform nor the marketplace provides")), signedAndInspected(artifact));
    }

    @Test
    void anImportAnotherArtifactOfTheMarketplaceExportsResolves() throws Exception {
        Path artifact = TestArtifacts.connector().header("Import-Package",
                "io.tributary.api.connector;version=\"[1.0,2)\",com.acme.shared;version=\"[1.0,2)\"").write(folder);
        Path neighbour = TestArtifacts.connector().header("Bundle-SymbolicName", "com.acme.shared")
                .header("Export-Package", "com.acme.shared;version=1.4.0").write(folder);
        Path unreadable = Files.writeString(folder.resolve("broken.jar"), "not a jar");

        Inspection inspection = new PublishingChecks(limits, platform)
                .inspect(artifact, publisher.sign(artifact), publisher.key(), List.of(unreadable, neighbour));

        assertEquals(List.of(), inspection.failures());
    }

    @Test
    void aJarWithSeveralProblemsListsThemAll() throws Exception {
        ObjectNode descriptor = TestArtifacts.connectorDescriptor().put("version", "9.9.9");
        Path artifact = TestArtifacts.connector()
                .header("Import-Package", "com.acme.missing")
                .descriptor(CONNECTOR_DESCRIPTOR, descriptor)
                .entry("../evil.txt", "x")
                .entry(COMPONENT_XML, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .raw(zip -> zip.link("lib/passwd", "/etc/passwd"))
                .write(folder);

        List<FieldError> failures = new PublishingChecks(limits, platform)
                .inspect(artifact, null, publisher.key(), List.of()).failures();

        assertEquals(List.of(
                new FieldError("artifact", "has an entry '../evil.txt' that leaves the archive"),
                new FieldError("artifact", "has an entry 'lib/passwd' that is a symbolic link; links are refused"),
                new FieldError("artifact!/" + COMPONENT_XML,
                        "declares a DOCTYPE/external entity; XML with DTDs is refused"),
                new FieldError(CONNECTOR_FIELD,
                        "$.version: is 9.9.9 but the Bundle-Version is 1.2.0.v20250101; it must be 1.2.0"),
                new FieldError("artifact",
                        "imports package com.acme.missing, which neither the platform nor the marketplace provides"),
                new FieldError("signature", "is missing: sign the artifact with the publisher's private key")),
                failures);
    }

    private void assertArtifactFailure(TestArtifacts artifact, String message) throws IOException {
        List<FieldError> failures = signedAndInspected(artifact.write(folder));
        assertEquals(List.of(new FieldError("artifact", message)), failures);
    }

    private List<FieldError> signedAndInspected(Path artifact) throws IOException {
        return inspect(artifact).failures();
    }

    private Inspection inspect(Path artifact) throws IOException {
        return new PublishingChecks(limits, platform)
                .inspect(artifact, publisher.sign(artifact), publisher.key(), List.of());
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
