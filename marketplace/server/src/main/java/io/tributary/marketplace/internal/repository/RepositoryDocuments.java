package io.tributary.marketplace.internal.repository;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;

/**
 * The XML documents of the repository: a Karaf features repository per version, whose one feature installs the
 * version's bundle and depends on the features of the listings it needs, and Maven's metadata of a listing.
 */
final class RepositoryDocuments {

    /** The Maven group of every marketplace artifact: {@code mvn:io.tributary.marketplace/<listingId>/<version>}. */
    static final String GROUP_ID = "io.tributary.marketplace";
    static final String FEATURES_NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";
    private static final DateTimeFormatter MAVEN_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private RepositoryDocuments() {
    }

    static String features(ListingVersion version) {
        String id = escape(version.listingId());
        String number = escape(version.version());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features name=\"tributary-marketplace-").append(id).append('-').append(number)
                .append("\" xmlns=\"").append(FEATURES_NAMESPACE).append("\">\n")
                .append("  <feature name=\"").append(id).append("\" version=\"").append(number).append("\">\n");
        for (Dependency dependency : version.dependencies()) {
            xml.append("    <feature version=\"").append(escape(dependency.range())).append("\" dependency=\"true\">")
                    .append(escape(dependency.listingId())).append("</feature>\n");
        }
        return xml.append("    <bundle>mvn:").append(GROUP_ID).append('/').append(id).append('/').append(number)
                .append("</bundle>\n  </feature>\n</features>\n").toString();
    }

    /**
     * @param installable the listing's versions that are not yanked, newest first
     * @param latest      the listing's latest version, or null when all are yanked
     */
    static String metadata(String listingId, List<ListingVersion> installable, String latest) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n")
                .append("  <groupId>").append(GROUP_ID).append("</groupId>\n")
                .append("  <artifactId>").append(escape(listingId)).append("</artifactId>\n")
                .append("  <versioning>\n");
        if (latest != null) {
            xml.append("    <latest>").append(escape(latest)).append("</latest>\n")
                    .append("    <release>").append(escape(latest)).append("</release>\n");
        }
        xml.append("    <versions>\n");
        // Maven lists versions oldest first
        List<ListingVersion> oldestFirst = new ArrayList<>(installable);
        Collections.reverse(oldestFirst);
        for (ListingVersion version : oldestFirst) {
            xml.append("      <version>").append(escape(version.version())).append("</version>\n");
        }
        xml.append("    </versions>\n");
        installable.stream().map(ListingVersion::publishedAt).max(Comparator.naturalOrder())
                .map(MAVEN_TIMESTAMP::format)
                .ifPresent(time -> xml.append("    <lastUpdated>").append(time).append("</lastUpdated>\n"));
        return xml.append("  </versioning>\n</metadata>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
