package io.tributary.marketplace.internal.catalog;

import java.nio.file.Path;

import io.tributary.marketplace.internal.validation.PublishingLimits;

/** The configuration turned into what the components use. */
public final class CatalogSettings {

    private CatalogSettings() {
    }

    public static Path storageDirectory(CatalogConfig config) {
        Path storage = KarafPaths.resolve(config.storageDirectory());
        return storage == null ? KarafPaths.resolve(CatalogConfig.DEFAULT_STORAGE) : storage;
    }

    /** The seed directory, or null when seeding is turned off. */
    public static Path seedDirectory(CatalogConfig config) {
        return KarafPaths.resolve(config.seedDirectory());
    }

    /** The limits of an artifact of the configured largest size. */
    public static PublishingLimits limits(CatalogConfig config) {
        return PublishingLimits.of((long) config.maxArtifactMegabytes() << 20);
    }
}
