package io.tributary.archive;

/**
 * Bounds on an uploaded archive, checked before anything is unpacked in full.
 *
 * @param maxBytes         the largest archive
 * @param maxEntries       the most entries it may have
 * @param maxUnpackedBytes the most bytes all entries may unpack to (against zip bombs)
 */
public record ArchiveLimits(long maxBytes, int maxEntries, long maxUnpackedBytes) {

    /** The one rule for artifacts: 10,000 entries, unpacking to four times the archive's limit but 200 MiB at least. */
    public static ArchiveLimits forArtifactsOf(long maxBytes) {
        return new ArchiveLimits(maxBytes, 10_000, Math.max(200L << 20, 4 * maxBytes));
    }
}
