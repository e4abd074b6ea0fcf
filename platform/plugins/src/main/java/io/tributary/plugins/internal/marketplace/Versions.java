package io.tributary.plugins.internal.marketplace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import io.tributary.api.marketplace.ListingVersion;
import io.tributary.plugins.internal.registry.VersionRanges;

/** Picks listing versions by number and range, as flows pick connector versions. */
final class Versions {

    static final Comparator<ListingVersion> ORDER = Comparator.comparing(version -> of(version.version()));

    /** Karaf reads a feature dependency's bare version as that exact version, so an open range gets a ceiling. */
    private static final String NO_CEILING = Integer.MAX_VALUE + ".0.0]";

    private Versions() {
    }

    static Version of(String version) {
        return VersionRanges.orderable(version);
    }

    /** @throws io.tributary.api.problem.ProblemException 422 naming {@code field} when it is no range */
    static VersionRange range(String text, String field) {
        try {
            return VersionRanges.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "is neither a version nor an OSGi version range such as [1.0,2.0): "
                    + text);
        }
    }

    static boolean includes(VersionRange range, String version) {
        return range.includes(of(version));
    }

    /** The highest version in the range that is not yanked. */
    static Optional<ListingVersion> highestInstallable(List<ListingVersion> versions, VersionRange range) {
        return versions.stream()
                .filter(version -> version.status().installable() && includes(range, version.version()))
                .max(ORDER);
    }

    /** The highest installable version above {@code installed}, if any. */
    static Optional<ListingVersion> update(List<ListingVersion> versions, String installed) {
        return versions.stream()
                .filter(version -> version.status().installable() && of(version.version()).compareTo(of(installed)) > 0)
                .max(ORDER);
    }

    static Optional<ListingVersion> find(List<ListingVersion> versions, String version) {
        return versions.stream().filter(candidate -> candidate.version().equals(version)).findFirst();
    }

    /** A range as Karaf's feature resolver reads it. */
    static String featureRange(VersionRange range) {
        if (range.getRight() != null) {
            return range.toString();
        }
        return range.getLeftType() + range.getLeft().toString() + "," + NO_CEILING;
    }
}
