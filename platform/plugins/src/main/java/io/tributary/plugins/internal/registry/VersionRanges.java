package io.tributary.plugins.internal.registry;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/** Parses the version ranges flows pin connectors with. */
public final class VersionRanges {

    private VersionRanges() {
    }

    /**
     * An OSGi range such as {@code [1.0,2.0)}; a bare version such as {@code 1.2.0} means that version or later,
     * and a missing one means any version.
     *
     * @throws IllegalArgumentException when the text is neither a range nor a version
     */
    public static VersionRange parse(String range) {
        if (range == null || range.isBlank()) {
            return new VersionRange(VersionRange.LEFT_CLOSED, Version.emptyVersion, null, VersionRange.RIGHT_OPEN);
        }
        return new VersionRange(range.trim());
    }

    /** A version for ordering; text that is no OSGi version sorts first. */
    public static Version orderable(String version) {
        try {
            return Version.parseVersion(version);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }
}
