package io.tributary.api.marketplace;

import java.util.Locale;

/**
 * Whether a version may still be installed: a deprecated one can be (with a warning), a yanked one cannot, and
 * runtimes that have it are warned.
 */
public enum VersionStatus {
    ACTIVE, DEPRECATED, YANKED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean installable() {
        return this != YANKED;
    }
}
