package io.tributary.plugins.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;

class ConnectorTableTest {

    private static final ConnectorTable SIDE_BY_SIDE = ConnectorTable.of(List.of(
            FakeBundle.connector(10, "http", "1.10.0").withService().build(),
            FakeBundle.connector(11, "http", "1.2.0").withService().build(),
            FakeBundle.connector(12, "http", "2.0.0").withService().build(),
            FakeBundle.connector(13, "http", "1.11.0").build(),
            FakeBundle.connector(14, "csv", "1.0.0").withService().build()));

    @Test
    void listIsOrderedByIdThenNumericVersion() {
        List<String> order = SIDE_BY_SIDE.list().stream().map(info -> info.id() + " " + info.version()).toList();

        assertEquals(List.of("csv 1.0.0", "http 1.2.0", "http 1.10.0", "http 1.11.0", "http 2.0.0"), order);
    }

    @Test
    void infoCarriesTheDescriptorsFields() {
        ConnectorInfo csv = SIDE_BY_SIDE.find("csv", "1.0.0").orElseThrow();

        assertEquals("CSV", csv.name());
        assertEquals(List.of("testing"), csv.categories());
        assertEquals(14, csv.bundleId());
        assertEquals("csv", csv.descriptor().get("id").textValue());
    }

    @Test
    void resolveReturnsTheHighestActiveVersionInTheRange() {
        assertEquals("1.10.0", SIDE_BY_SIDE.resolve("http", "[1.0,2.0)").orElseThrow().version());
    }

    @Test
    void resolveTreatsABareVersionAsAtLeast() {
        assertEquals("2.0.0", SIDE_BY_SIDE.resolve("http", "1.5.0").orElseThrow().version());
    }

    @Test
    void resolveSkipsVersionsThatAreNotActive() {
        assertEquals("1.10.0", SIDE_BY_SIDE.resolve("http", "[1.10.0,1.11.0]").orElseThrow().version());
    }

    @Test
    void resolveFindsNothingOutsideTheRangeOrForAnUnknownId() {
        assertTrue(SIDE_BY_SIDE.resolve("http", "[3.0,4.0)").isEmpty());
        assertTrue(SIDE_BY_SIDE.resolve("ftp", "1.0.0").isEmpty());
    }

    @Test
    void resolveRefusesTextThatIsNoRange() {
        assertThrows(IllegalArgumentException.class, () -> SIDE_BY_SIDE.resolve("http", "[1.0"));
    }

    @Test
    void secondBundleWithTheSameIdAndVersionIsRejectedAsDuplicate() {
        ConnectorTable table = ConnectorTable.of(List.of(
                FakeBundle.connector(21, "http", "1.0.0").withService().build(),
                FakeBundle.connector(20, "http", "1.0.0").withService().build()));

        ConnectorInfo duplicate = table.forBundle(21).orElseThrow();

        assertEquals(ConnectorState.REJECTED, duplicate.state());
        assertTrue(duplicate.reason().contains("already provided by bundle 20"), duplicate.reason());
        assertEquals(20, table.find("http", "1.0.0").orElseThrow().bundleId());
    }

    @Test
    void rejectedBundleDoesNotBlockItsIdAndVersion() {
        ConnectorTable table = ConnectorTable.of(List.of(
                FakeBundle.connector(20, "http", "1.0.0").withService().invalid("descriptor", "broken").build(),
                FakeBundle.connector(21, "http", "1.0.0").withService().build()));

        assertEquals(ConnectorState.ACTIVE, table.find("http", "1.0.0").orElseThrow().state());
    }

    @Test
    void bundleWithUnreadableDescriptorIsListedUnderItsSymbolicName() {
        DescriptorCheck unreadable = new DescriptorCheck(null, List.of(new FieldError("descriptor", "is not JSON")));
        ConnectorTable table = ConnectorTable.of(List.of(
                new ConnectorBundle(unreadable, FakeBundle.connector(30, "x", "1.0.0").build().facts())));

        ConnectorInfo info = table.list().get(0);

        assertEquals("io.test.bundle30", info.id());
        assertEquals("1.0.0", info.version());
        assertEquals(ConnectorState.REJECTED, info.state());
    }
}
