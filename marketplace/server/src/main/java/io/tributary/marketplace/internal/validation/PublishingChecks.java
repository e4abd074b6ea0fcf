package io.tributary.marketplace.internal.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleException;
import org.osgi.resource.Resource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.marketplace.Kind;
import io.tributary.archive.ArchiveChecks;
import io.tributary.archive.ArchiveInspection;
import io.tributary.archive.ArchiveReader;
import io.tributary.signing.PublisherKey;

/**
 * The publishing validation pipeline: the archive's structure and limits (the {@link ArchiveChecks} the runtime's
 * installer applies too), the bundle's manifest, its descriptor, its XML, its icon, its signature, and a resolver
 * dry run. Every check that can run does, so a publisher learns of all problems at once. Thread-safe; building one
 * compiles the descriptor schemas, so keep it.
 */
public final class PublishingChecks implements ArtifactInspector {

    private final PublishingLimits limits;
    private final DescriptorChecks descriptors;
    private final XmlChecks xml;
    private final DryRunResolver resolver;

    public PublishingChecks(PublishingLimits limits, PlatformResources platform) {
        this.limits = limits;
        this.descriptors = new DescriptorChecks(limits.maxDescriptorBytes());
        this.xml = new XmlChecks(limits.maxDescriptorBytes());
        this.resolver = new DryRunResolver(platform);
    }

    @Override
    public Inspection inspect(Path artifact, byte[] signature, PublisherKey key, List<Path> neighbours) {
        Failures failures = new Failures();
        ArtifactDigest digest = null;
        try {
            digest = ArtifactDigest.of(artifact);
        } catch (IOException e) {
            failures.artifact("cannot be read: " + e.getMessage());
        }
        Bundle bundle = digest == null ? null : examineArchive(artifact, neighbours, failures);
        SignatureCheck.check(artifact, signature, key, failures);
        if (!failures.isEmpty() || bundle == null) {
            return new Inspection(failures.list(), null);
        }
        return new Inspection(List.of(),
                FactsReader.facts(bundle.kind(), bundle.descriptor(), bundle.headers(), bundle.icon(), digest));
    }

    /** @return what the bundle says of itself, or null when it could not be read that far */
    private Bundle examineArchive(Path artifact, List<Path> neighbours, Failures failures) {
        try (ArchiveInspection archive = ArchiveChecks.inspect(artifact, limits.archive())) {
            archive.problems().forEach(failures::artifact);
            if (archive.reader() == null) {
                return null;
            }
            xml.check(archive.reader(), failures);
            return examineBundle(archive.reader(), neighbours, failures);
        } catch (IOException e) {
            failures.artifact("is not a readable zip (jar) archive: " + e.getMessage());
            return null;
        }
    }

    private Bundle examineBundle(ArchiveReader archive, List<Path> neighbours, Failures failures) throws IOException {
        BundleHeaders headers = manifest(archive, failures);
        if (headers == null) {
            return null;
        }
        boolean osgiBundle = headers.check(failures);
        DescriptorLocation location = DescriptorLocation.find(headers, archive, failures);
        ObjectNode descriptor = null;
        String icon = null;
        if (location != null) {
            descriptor = descriptors.check(location, archive, headers.version(), failures);
            if (descriptor != null) {
                icon = IconCheck.dataUri(descriptor, location.path(), archive, failures);
            }
        }
        if (osgiBundle) {
            resolve(headers, neighbours, failures);
        }
        return descriptor == null ? null : new Bundle(location.kind(), descriptor, headers, icon);
    }

    private BundleHeaders manifest(ArchiveReader archive, Failures failures) throws IOException {
        byte[] manifest;
        try {
            manifest = archive.read(BundleHeaders.MANIFEST, limits.maxDescriptorBytes());
        } catch (ArchiveReader.TooLargeException e) {
            failures.entry(BundleHeaders.MANIFEST, "is larger than " + limits.maxDescriptorBytes() + " bytes");
            return null;
        }
        if (manifest == null) {
            failures.artifact("has no " + BundleHeaders.MANIFEST + ", so it is not an OSGi bundle");
            return null;
        }
        try {
            return BundleHeaders.parse(manifest);
        } catch (IOException e) {
            failures.entry(BundleHeaders.MANIFEST, "is not a valid manifest: " + e.getMessage());
            return null;
        }
    }

    private void resolve(BundleHeaders headers, List<Path> neighbours, Failures failures) {
        Resource candidate;
        try {
            candidate = BundleResources.of(headers);
        } catch (BundleException e) {
            Throwable why = e.getCause() != null ? e.getCause() : e;
            failures.entry(BundleHeaders.MANIFEST, "cannot be read as an OSGi bundle: " + why.getMessage());
            return;
        }
        try {
            resolver.unresolved(candidate, BundleResources.of(neighbours, limits.maxDescriptorBytes()))
                    .forEach(failures::artifact);
        } catch (RuntimeException e) {
            failures.artifact("could not be resolved against the platform: " + e);
        }
    }

    private record Bundle(Kind kind, ObjectNode descriptor, BundleHeaders headers, String icon) {
    }
}
