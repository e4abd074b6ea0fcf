package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.utils.resource.ResourceBuilder;
import org.osgi.framework.BundleException;
import org.osgi.resource.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tributary.archive.ArchiveReader;

/** Bundles as the resolver sees them: their capabilities and requirements, built from their manifests. */
final class BundleResources {

    private static final Logger LOG = LoggerFactory.getLogger(BundleResources.class);

    private BundleResources() {
    }

    /** @throws BundleException when the headers do not describe a bundle, e.g. a malformed Import-Package */
    static Resource of(BundleHeaders headers) throws BundleException {
        return ResourceBuilder.build(null, headers.all());
    }

    /** The marketplace's artifacts as resources; one whose manifest cannot be read is left out. */
    static List<Resource> of(List<Path> artifacts, long maxManifestBytes) {
        List<Resource> resources = new ArrayList<>();
        for (Path artifact : artifacts) {
            try (ArchiveReader archive = ArchiveReader.open(artifact)) {
                byte[] manifest = archive.read(BundleHeaders.MANIFEST, maxManifestBytes);
                if (manifest != null) {
                    resources.add(of(BundleHeaders.parse(manifest)));
                }
            } catch (IOException | BundleException e) {
                LOG.debug("Leaving {} out of the dry run: {}", artifact, e.getMessage());
            }
        }
        return resources;
    }
}
