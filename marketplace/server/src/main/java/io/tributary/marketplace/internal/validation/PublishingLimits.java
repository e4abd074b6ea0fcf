package io.tributary.marketplace.internal.validation;

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
        return new PublishingLimits(50L << 20, 10_000, 200L << 20, 1L << 20);
    }
}
