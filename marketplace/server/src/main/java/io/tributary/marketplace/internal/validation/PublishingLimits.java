package io.tributary.marketplace.internal.validation;

import io.tributary.archive.ArchiveLimits;

/**
 * Bounds on what a publisher may upload, checked before anything is unpacked in full.
 *
 * @param maxArtifactBytes     the largest artifact
 * @param maxEntries           the most entries in its archive
 * @param maxUncompressedBytes the most bytes all entries may unpack to (against zip bombs)
 * @param maxDescriptorBytes   the largest descriptor or other file read into memory (JSON, XML, manifest, icon)
 */
public record PublishingLimits(long maxArtifactBytes, int maxEntries, long maxUncompressedBytes,
                               long maxDescriptorBytes) {

    public static PublishingLimits defaults() {
        return of(50L << 20);
    }

    /** The archive limits every artifact has, for the largest artifact given; files read into memory 1 MiB. */
    public static PublishingLimits of(long maxArtifactBytes) {
        ArchiveLimits archive = ArchiveLimits.forArtifactsOf(maxArtifactBytes);
        return new PublishingLimits(archive.maxBytes(), archive.maxEntries(), archive.maxUnpackedBytes(), 1L << 20);
    }

    ArchiveLimits archive() {
        return new ArchiveLimits(maxArtifactBytes, maxEntries, maxUncompressedBytes);
    }
}
