package io.tributary.marketplace.internal.repository;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path of the Maven-layout repository, below its servlet: {@code io/tributary/marketplace/<listingId>/} then
 * {@code maven-metadata.xml}, or {@code <version>/<listingId>-<version><file>} with a {@link VersionFile} suffix.
 * Any of them may end in {@code .sha1} or {@code .md5} for its checksum, as Maven clients fetch them.
 *
 * @param listingId the listing
 * @param version   null for the listing's metadata
 * @param file      what of the version, null for the listing's metadata
 * @param checksum  the checksum's algorithm, or null for the file itself
 */
record RepositoryPath(String listingId, String version, VersionFile file, Checksum checksum) {

    static final String GROUP_PATH = "io/tributary/marketplace/";
    static final String METADATA = "maven-metadata.xml";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The files of a version. */
    enum VersionFile {
        JAR(".jar"), SHA256(".jar.sha256"), SIGNATURE(".jar.sig"), FEATURES("-features.xml");

        final String suffix;

        VersionFile(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The checksums Maven clients ask for next to each file. */
    enum Checksum {
        SHA1(".sha1", "SHA-1"), MD5(".md5", "MD5");

        final String suffix;
        final String algorithm;

        Checksum(String suffix, String algorithm) {
            this.suffix = suffix;
            this.algorithm = algorithm;
        }
    }

    /** The path's meaning, or null when it names nothing this repository serves. */
    static RepositoryPath parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/" + GROUP_PATH)) {
            return null;
        }
        String rest = pathInfo.substring(GROUP_PATH.length() + 1);
        Checksum checksum = null;
        for (Checksum candidate : Checksum.values()) {
            if (rest.endsWith(candidate.suffix)) {
                checksum = candidate;
                rest = rest.substring(0, rest.length() - candidate.suffix.length());
                break;
            }
        }
        List<String> segments = List.of(rest.split("/", -1));
        if (!segments.stream().allMatch(segment -> SEGMENT.matcher(segment).matches())) {
            return null;
        }
        if (segments.size() == 2 && segments.get(1).equals(METADATA)) {
            return new RepositoryPath(segments.get(0), null, null, checksum);
        }
        if (segments.size() != 3) {
            return null;
        }
        String listingId = segments.get(0);
        String version = segments.get(1);
        for (VersionFile file : VersionFile.values()) {
            if (segments.get(2).equals(listingId + "-" + version + file.suffix)) {
                return new RepositoryPath(listingId, version, file, checksum);
            }
        }
        return null;
    }
}
