package io.tributary.marketplace.internal.catalog;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@value #PID} ({@code etc/io.tributary.marketplace.cfg}), read by the catalog and the first
 * start's seeding. Paths may use {@code ${karaf.data}} and {@code ${karaf.home}}.
 */
@ObjectClassDefinition(name = "Tributary marketplace",
        description = "The local marketplace repository: artifact storage, upload limits and first-start content")
public @interface CatalogConfig {

    String PID = "io.tributary.marketplace";
    String DEFAULT_STORAGE = "${karaf.data}/marketplace";

    @AttributeDefinition(name = "Storage directory",
            description = "Where accepted artifacts are kept (by SHA-256), uploads are checked, and the local"
                    + " publisher's key pair lives")
    String storageDirectory() default DEFAULT_STORAGE;

    @AttributeDefinition(name = "Largest artifact (MiB)", min = "1", max = "2047",
            description = "Uploads larger than this are refused")
    int maxArtifactMegabytes() default 50;

    @AttributeDefinition(name = "Seed directory", required = false,
            description = "Jars published by the local publisher at start, if not published yet; empty for none")
    String seedDirectory() default "${karaf.home}/marketplace/seed";
}
