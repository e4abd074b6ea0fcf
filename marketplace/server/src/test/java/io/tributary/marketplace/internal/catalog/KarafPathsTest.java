package io.tributary.marketplace.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KarafPathsTest {

    @Test
    void placeholdersAreResolvedFromProperties() {
        Map<String, String> properties = Map.of("karaf.data", "/opt/tributary/data");

        assertEquals(Path.of("/opt/tributary/data/marketplace"),
                KarafPaths.resolve("${karaf.data}/marketplace", properties::get));
    }

    @Test
    void outsideKarafDataAndHomeFallBackToRelativeFolders() {
        assertEquals(Path.of("data/marketplace"), KarafPaths.resolve("${karaf.data}/marketplace", name -> null));
        assertEquals(Path.of("./marketplace/seed"), KarafPaths.resolve("${karaf.home}/marketplace/seed",
                name -> null));
    }

    @Test
    void anEmptySettingIsNoPath() {
        assertNull(KarafPaths.resolve("  ", name -> "x"));
        assertNull(KarafPaths.resolve(null, name -> "x"));
    }
}
