package io.tributary.plugins.internal.marketplace;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.Publisher;
import io.tributary.api.marketplace.VersionStatus;

/**
 * Reads what a remote marketplace's REST API answers: versions and publishers as their JSON. A field that is
 * missing or of the wrong shape is an {@link IllegalArgumentException} naming it.
 */
final class RemoteJson {

    private RemoteJson() {
    }

    /** The versions of a listing detail ({@code "versions": [...]}), each taken to belong to {@code listingId}. */
    static List<ListingVersion> versions(JsonNode listing, String listingId) {
        JsonNode versions = listing.path("versions");
        if (!versions.isArray()) {
            throw new IllegalArgumentException("the listing has no versions array");
        }
        List<ListingVersion> result = new ArrayList<>();
        for (JsonNode version : versions) {
            result.add(version(version, listingId));
        }
        return result;
    }

    static ListingVersion version(JsonNode node, String listingId) {
        return new ListingVersion(listingId, required(node, "version"), required(node, "sha256"),
                node.path("size").asLong(), required(node, "signature"), required(node, "publisherId"),
                optional(node, "platformRange", ""), dependencies(node.path("dependencies")),
                optional(node, "changelog", ""), instant(node, "publishedAt"), node.path("installs").asLong(),
                status(node), optional(node, "statusReason", null));
    }

    static Publisher publisher(JsonNode node) {
        return new Publisher(required(node, "id"), required(node, "name"), optional(node, "algorithm", null),
                optional(node, "fingerprint", null), required(node, "publicKey"), optional(node, "createdBy", null),
                instant(node, "createdAt"));
    }

    private static List<Dependency> dependencies(JsonNode array) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("dependencies is not an array");
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (JsonNode dependency : array) {
            dependencies.add(new Dependency(required(dependency, "listingId"), required(dependency, "range")));
        }
        return dependencies;
    }

    private static VersionStatus status(JsonNode node) {
        String status = optional(node, "status", VersionStatus.ACTIVE.wire());
        try {
            return VersionStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status " + status + " is none of active, deprecated, yanked");
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String text = optional(node, field, null);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant: " + text);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the field " + field + " is missing");
        }
        return value;
    }

    private static String optional(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("the field " + field + " is not a text");
        }
        return value.asText();
    }
}
