package io.tributary.plugins.internal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.api.marketplace.Dependency;

class FeaturesXmlTest {

    @Test
    void anOpenRangeGetsACeilingBecauseKarafReadsABareVersionAsExact(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("features.xml");
        Files.writeString(file, FeaturesXml.render("app", "1.0.0", List.of(new Dependency("http", "1.2"),
                new Dependency("jdbc", "[1.0,2.0)")), folder.resolve("app-1.0.0.jar")));

        String xml = Files.readString(file);

        assertTrue(xml.contains("<feature version=\"[1.2.0,2147483647.0.0]\" dependency=\"true\">"
                + "tributary-marketplace-http</feature>"), xml);
        assertEquals(List.of(new Dependency("http", "[1.2.0,2147483647.0.0]"),
                new Dependency("jdbc", "[1.0.0,2.0.0)")), FeaturesXml.dependencies(file));
    }

    @Test
    void aFileWithADoctypeIsNotRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("features.xml");
        Files.writeString(file, "<!DOCTYPE features [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<features xmlns=\"" + FeaturesXml.NAMESPACE + "\"><feature name=\"a\">&x;</feature></features>");

        assertThrows(IOException.class, () -> FeaturesXml.dependencies(file));
    }

    @Test
    void karafsNestedResolutionErrorIsCutToItsInnermostCause() {
        String message = "Unable to resolve root: missing requirement [root] osgi.identity; osgi.identity=a"
                + " [caused by: Unable to resolve a/1.0.0: missing requirement [a/1.0.0] osgi.identity; osgi.identity=b"
                + " [caused by: Unable to resolve b/1.0.0: missing requirement [b/1.0.0] osgi.wiring.package;"
                + " filter:=\"(osgi.wiring.package=c)\"]]";

        assertEquals("Unable to resolve b/1.0.0: missing requirement [b/1.0.0] osgi.wiring.package;"
                + " filter:=\"(osgi.wiring.package=c)\"", KarafMessages.readable(new Exception(message)));
        assertEquals("No matching features for x/1.0.0",
                KarafMessages.readable(new Exception("No matching features for x/1.0.0")));
    }
}
