package io.tributary.plugins.internal.descriptor;

import static io.tributary.plugins.internal.testing.Descriptors.bytes;
import static io.tributary.plugins.internal.testing.Descriptors.configProperty;
import static io.tributary.plugins.internal.testing.Descriptors.connectionProperty;
import static io.tributary.plugins.internal.testing.Descriptors.fields;
import static io.tributary.plugins.internal.testing.Descriptors.operation;
import static io.tributary.plugins.internal.testing.Descriptors.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.node.ObjectNode;

class DescriptorReaderTest {

    private static final DescriptorReader READER = new DescriptorReader();
    private static final Set<String> ENTRIES = Set.of("icons/demo.svg");

    @Test
    void validDescriptorHasNoErrors() {
        DescriptorCheck check = check(valid(), "1.2.3");

        assertTrue(check.isValid(), check::summary);
        assertEquals("demo", check.id());
        assertEquals("1.2.3", check.version());
        assertEquals("Demo", check.name());
        assertEquals(List.of("testing"), check.categories());
    }

    @Test
    void versionMayDifferFromTheBundleVersionOnlyByItsQualifier() {
        assertTrue(check(valid(), "1.2.3.SNAPSHOT").isValid());
    }

    @Test
    void versionDifferentFromTheBundleVersionIsRejected() {
        DescriptorCheck check = check(valid(), "1.2.4");

        assertEquals(List.of("descriptor.version"), fields(check.errors()));
        assertTrue(check.errors().get(0).message().contains("must be 1.2.4"), check::summary);
    }

    @Test
    void missingRequiredFieldIsReportedAtThatField() {
        ObjectNode descriptor = valid();
        descriptor.remove("name");

        assertEquals(List.of("descriptor.name"), fields(check(descriptor, "1.2.3").errors()));
    }

    @Test
    void idBreakingThePatternIsReported() {
        ObjectNode descriptor = valid().put("id", "Demo_Connector");

        assertEquals(List.of("descriptor.id"), fields(check(descriptor, "1.2.3").errors()));
    }

    @Test
    void unknownTopLevelFieldIsReported() {
        ObjectNode descriptor = valid().put("colour", "blue");

        assertEquals(List.of("descriptor.colour"), fields(check(descriptor, "1.2.3").errors()));
    }

    @Test
    void unknownOperationKindIsReportedAtThatOperation() {
        ObjectNode descriptor = valid();
        operation(descriptor, 1).put("kind", "sink");

        assertTrue(fields(check(descriptor, "1.2.3").errors()).contains("descriptor.operations[1].kind"));
    }

    @Test
    void destinationWithoutModesIsReported() {
        ObjectNode descriptor = valid();
        operation(descriptor, 1).remove("modes");

        assertTrue(fields(check(descriptor, "1.2.3").errors()).contains("descriptor.operations[1].modes"));
    }

    @Test
    void duplicateOperationNamesAreReported() {
        ObjectNode descriptor = valid();
        operation(descriptor, 1).put("name", "items");

        DescriptorCheck check = check(descriptor, "1.2.3");

        assertEquals(List.of("descriptor.operations[1].name"), fields(check.errors()));
        assertTrue(check.summary().contains("already used by operations[0]"), check::summary);
    }

    @Test
    void iconMissingFromTheBundleIsReported() {
        ObjectNode descriptor = valid().put("icon", "icons/other.svg");

        assertEquals(List.of("descriptor.icon"), fields(check(descriptor, "1.2.3").errors()));
    }

    @Test
    void iconOutsideTheBundleIsReportedWithoutLookingForIt() {
        ObjectNode descriptor = valid().put("icon", "icons/../../etc/demo.svg");

        DescriptorCheck check = READER.readJson(bytes(descriptor), Version.parseVersion("1.2.3"), path -> true);

        assertEquals(List.of("descriptor.icon"), fields(check.errors()));
    }

    @Test
    void connectionSchemaThatIsNoJsonSchemaIsReported() {
        ObjectNode descriptor = valid();
        connectionProperty(descriptor, "url").put("type", "text");

        DescriptorCheck check = check(descriptor, "1.2.3");

        assertTrue(check.errors().stream().allMatch(e -> e.field().startsWith("descriptor.connection.properties.url")),
                check::summary);
        assertFalse(check.isValid());
    }

    @Test
    void configSchemaWithBrokenPatternIsReported() {
        ObjectNode descriptor = valid();
        configProperty(descriptor, 0, "table").put("pattern", "([a-z");

        assertTrue(fields(check(descriptor, "1.2.3").errors()).contains("descriptor.operations[0].config"));
    }

    @Test
    void remoteReferenceIsRejectedWithoutFetchingIt() {
        ObjectNode descriptor = valid();
        connectionProperty(descriptor, "url").put("$ref", "https://example.invalid/x.json");

        DescriptorCheck check = check(descriptor, "1.2.3");

        assertEquals(List.of("descriptor.connection"), fields(check.errors()));
        assertTrue(check.summary().contains("example.invalid"), check::summary);
    }

    @Test
    void unresolvableLocalReferenceIsReported() {
        ObjectNode descriptor = valid();
        connectionProperty(descriptor, "mode").put("$ref", "#/$defs/missing");

        assertEquals(List.of("descriptor.connection"), fields(check(descriptor, "1.2.3").errors()));
    }

    @Test
    void everyFailureIsListedNotOnlyTheFirst() {
        ObjectNode descriptor = valid().put("id", "Bad Id").put("icon", "icons/none.svg");
        operation(descriptor, 1).put("name", "items");

        List<String> fields = fields(check(descriptor, "2.0.0").errors());

        assertTrue(fields.containsAll(List.of("descriptor.id", "descriptor.icon", "descriptor.version",
                "descriptor.operations[1].name")), fields::toString);
    }

    @Test
    void textThatIsNoJsonIsReported() {
        DescriptorCheck check = READER.readJson("{ \"id\": ".getBytes(StandardCharsets.UTF_8),
                Version.parseVersion("1.2.3"), ENTRIES::contains);

        assertEquals(List.of("descriptor"), fields(check.errors()));
        assertNull(check.descriptor());
    }

    @Test
    void jsonThatIsNoObjectIsReported() {
        DescriptorCheck check = READER.readJson("[1, 2]".getBytes(StandardCharsets.UTF_8),
                Version.parseVersion("1.2.3"), ENTRIES::contains);

        assertEquals(List.of("descriptor"), fields(check.errors()));
    }

    @Test
    void duplicateKeysAreReported() {
        String json = "{\"id\": \"demo\", \"id\": \"other\"}";

        DescriptorCheck check = READER.readJson(json.getBytes(StandardCharsets.UTF_8),
                Version.parseVersion("1.2.3"), ENTRIES::contains);

        assertTrue(check.summary().contains("Duplicate field 'id'"), check::summary);
    }

    private static DescriptorCheck check(ObjectNode descriptor, String bundleVersion) {
        return READER.readJson(bytes(descriptor), Version.parseVersion(bundleVersion), ENTRIES::contains);
    }
}
