package io.tributary.marketplace.internal.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tributary.api.marketplace.Dependency;
import io.tributary.api.marketplace.ListingVersion;
import io.tributary.api.marketplace.VersionStatus;
import io.tributary.store.jdbc.Jdbc;

/**
 * The marketplace_version table; every method runs in the caller's transaction. Versions are ordered by their
 * numeric major, minor and patch columns, never as text; dependencies are a JSON array of {@code {listingId, range}}.
 */
final class VersionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Dependency>> DEPENDENCIES = new TypeReference<>() { };
    private static final String COLUMNS = "SELECT listing_id, version, sha256, size_bytes, signature, publisher_id,"
            + " platform_range, dependencies, changelog, published_at, installs, status, status_reason"
            + " FROM marketplace_version";
    private static final String NEWEST_FIRST = " ORDER BY major DESC, minor DESC, patch DESC";
    private static final String NOT_YANKED = " AND status <> '" + VersionStatus.YANKED.wire() + "'";

    Optional<ListingVersion> find(Connection connection, String listingId, String version) throws SQLException {
        return Jdbc.one(connection, COLUMNS + " WHERE listing_id = ? AND version = ?", VersionRepository::map,
                listingId, version);
    }

    /** Every version of a listing, newest first. */
    List<ListingVersion> list(Connection connection, String listingId) throws SQLException {
        return Jdbc.list(connection, COLUMNS + " WHERE listing_id = ?" + NEWEST_FIRST, VersionRepository::map,
                listingId);
    }

    Optional<String> highest(Connection connection, String listingId) throws SQLException {
        return Jdbc.one(connection, "SELECT version FROM marketplace_version WHERE listing_id = ?" + NEWEST_FIRST,
                row -> row.getString(1), listingId);
    }

    /** The highest version that is not yanked: the listing's latest_version. */
    Optional<String> highestInstallable(Connection connection, String listingId) throws SQLException {
        return Jdbc.one(connection, "SELECT version FROM marketplace_version WHERE listing_id = ?" + NOT_YANKED
                + NEWEST_FIRST, row -> row.getString(1), listingId);
    }

    boolean referencesArtifact(Connection connection, String sha256) throws SQLException {
        return Jdbc.one(connection, "SELECT listing_id FROM marketplace_version WHERE sha256 = ?",
                row -> row.getString(1), sha256).isPresent();
    }

    /** The artifacts of every listing's latest version but one listing's: what a new upload may resolve against. */
    List<String> latestArtifactsExcept(Connection connection, String listingId) throws SQLException {
        return Jdbc.list(connection, "SELECT v.sha256 FROM marketplace_listing l JOIN marketplace_version v"
                + " ON v.listing_id = l.id AND v.version = l.latest_version WHERE l.id <> ? ORDER BY l.id",
                row -> row.getString(1), listingId == null ? "" : listingId);
    }

    void insert(Connection connection, ListingVersion version) throws SQLException {
        SemanticVersion number = SemanticVersion.parse(version.version());
        Jdbc.update(connection, "INSERT INTO marketplace_version (listing_id, version, major, minor, patch, sha256,"
                + " size_bytes, signature, publisher_id, platform_range, dependencies, changelog, published_at,"
                + " installs, status, status_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                version.listingId(), version.version(), number.major(), number.minor(), number.patch(),
                version.sha256(), version.size(), version.signature(), version.publisherId(),
                version.platformRange(), dependenciesJson(version.dependencies()), version.changelog(),
                version.publishedAt(), version.installs(), version.status().wire(),
                Jdbc.orNull(version.statusReason()));
    }

    void setStatus(Connection connection, String listingId, String version, VersionStatus status, String reason)
            throws SQLException {
        Jdbc.update(connection, "UPDATE marketplace_version SET status = ?, status_reason = ?"
                + " WHERE listing_id = ? AND version = ?", status.wire(), Jdbc.orNull(reason), listingId, version);
    }

    /** @return whether the version exists */
    boolean countInstall(Connection connection, String listingId, String version) throws SQLException {
        return Jdbc.update(connection, "UPDATE marketplace_version SET installs = installs + 1"
                + " WHERE listing_id = ? AND version = ?", listingId, version) == 1;
    }

    static String dependenciesJson(List<Dependency> dependencies) {
        try {
            return JSON.writeValueAsString(dependencies);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of two strings per item always serializes", e);
        }
    }

    private static ListingVersion map(ResultSet row) throws SQLException {
        return new ListingVersion(row.getString("listing_id"), row.getString("version"), row.getString("sha256"),
                row.getLong("size_bytes"), row.getString("signature"), row.getString("publisher_id"),
                row.getString("platform_range"), dependencies(row.getString("dependencies")),
                row.getString("changelog"), Jdbc.instant(row, "published_at"), row.getLong("installs"),
                VersionStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                row.getString("status_reason"));
    }

    private static List<Dependency> dependencies(String json) throws SQLException {
        try {
            return JSON.readValue(json, DEPENDENCIES);
        } catch (JsonProcessingException e) {
            throw new SQLException("marketplace_version.dependencies is not the JSON this catalog writes", e);
        }
    }
}
