package io.tributary.tenancy.internal.component;

import java.nio.file.Path;

/** Karaf's data and etc folders, from the system properties Karaf sets; relative fallbacks outside Karaf. */
final class KarafDirectories {

    private KarafDirectories() {
    }

    static Path data() {
        return directory("karaf.data", "data");
    }

    static Path etc() {
        return directory("karaf.etc", "etc");
    }

    private static Path directory(String property, String fallback) {
        String value = System.getProperty(property);
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }
}
