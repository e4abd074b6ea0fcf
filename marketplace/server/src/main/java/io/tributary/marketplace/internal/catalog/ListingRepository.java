package io.tributary.marketplace.internal.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tributary.api.marketplace.Kind;
import io.tributary.api.marketplace.Listing;
import io.tributary.marketplace.internal.validation.ArtifactFacts;
import io.tributary.store.jdbc.Jdbc;

/**
 * The marketplace_listing and marketplace_listing_category tables; every method runs in the caller's transaction.
 * A listing's descriptive columns and categories are those of its highest version.
 */
final class ListingRepository {

    static final String COLUMNS = "SELECT l.id, l.kind, l.name, l.summary, l.description, l.icon, l.publisher_id,"
            + " p.name AS publisher_name, l.latest_version, l.installs, l.created_at, l.updated_at"
            + " FROM marketplace_listing l JOIN marketplace_publisher p ON p.id = l.publisher_id";

    Optional<Listing> find(Connection connection, String id) throws SQLException {
        List<Listing> found = withCategories(connection,
                Jdbc.list(connection, COLUMNS + " WHERE l.id = ?", ListingRepository::map, id));
        return found.stream().findFirst();
    }

    /** A new listing described by its first version; latest_version is set by {@link #published}. */
    void insert(Connection connection, ArtifactFacts facts, String publisherId, Instant now) throws SQLException {
        Jdbc.update(connection, "INSERT INTO marketplace_listing (id, kind, name, summary, description, icon,"
                + " search_text, publisher_id, latest_version, installs, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?)", facts.id(), facts.kind().wire(), facts.name(),
                facts.summary(), facts.description(), Jdbc.orNull(facts.icon()), searchText(facts), publisherId,
                now, now);
        insertCategories(connection, facts.id(), facts.categories());
    }

    /** Describes the listing by a new highest version. */
    void describe(Connection connection, ArtifactFacts facts) throws SQLException {
        Jdbc.update(connection, "UPDATE marketplace_listing SET name = ?, summary = ?, description = ?, icon = ?,"
                + " search_text = ? WHERE id = ?", facts.name(), facts.summary(), facts.description(),
                Jdbc.orNull(facts.icon()), searchText(facts), facts.id());
        Jdbc.update(connection, "DELETE FROM marketplace_listing_category WHERE listing_id = ?", facts.id());
        insertCategories(connection, facts.id(), facts.categories());
    }

    /** A version was published: the listing was updated now, and its latest version may have changed. */
    void published(Connection connection, String id, String latestVersion, Instant now) throws SQLException {
        Jdbc.update(connection, "UPDATE marketplace_listing SET latest_version = ?, updated_at = ? WHERE id = ?",
                Jdbc.orNull(latestVersion), now, id);
    }

    void setLatestVersion(Connection connection, String id, String latestVersion) throws SQLException {
        Jdbc.update(connection, "UPDATE marketplace_listing SET latest_version = ? WHERE id = ?",
                Jdbc.orNull(latestVersion), id);
    }

    void countInstall(Connection connection, String id) throws SQLException {
        Jdbc.update(connection, "UPDATE marketplace_listing SET installs = installs + 1 WHERE id = ?", id);
    }

    /** The listings' categories, read in one query, added to them. */
    static List<Listing> withCategories(Connection connection, List<Listing> listings) throws SQLException {
        if (listings.isEmpty()) {
            return listings;
        }
        List<String> ids = listings.stream().map(Listing::id).toList();
        Map<String, List<String>> categories = new HashMap<>();
        Jdbc.list(connection, "SELECT listing_id, category FROM marketplace_listing_category WHERE listing_id IN ("
                + Jdbc.placeholders(ids.size()) + ") ORDER BY listing_id, category",
                row -> categories.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2)),
                ids.toArray());
        return listings.stream().map(listing -> new Listing(listing.id(), listing.kind(), listing.name(),
                listing.summary(), listing.description(), categories.getOrDefault(listing.id(), List.of()),
                listing.icon(), listing.publisherId(), listing.publisherName(), listing.latestVersion(),
                listing.installs(), listing.createdAt(), listing.updatedAt())).toList();
    }

    /** A row of {@link #COLUMNS}, without its categories. */
    static Listing map(ResultSet row) throws SQLException {
        return new Listing(row.getString("id"), Kind.fromWire(row.getString("kind")), row.getString("name"),
                row.getString("summary"), row.getString("description"), List.of(), row.getString("icon"),
                row.getString("publisher_id"), row.getString("publisher_name"), row.getString("latest_version"),
                row.getLong("installs"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
    }

    /** What the catalog search matches words in: name, summary and description, lower-cased. */
    static String searchText(ArtifactFacts facts) {
        return String.join("\n", facts.name(), facts.summary(), facts.description()).toLowerCase(Locale.ROOT);
    }

    private static void insertCategories(Connection connection, String id, List<String> categories)
            throws SQLException {
        List<Object[]> rows = categories.stream().distinct().map(category -> new Object[] {id, category}).toList();
        Jdbc.batch(connection, "INSERT INTO marketplace_listing_category (listing_id, category) VALUES (?, ?)", rows);
    }
}
