package io.tributary.plugins.internal.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.marketplace.Kind;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The table of what this runtime installed from marketplaces, and the count of tenants using an integration. */
final class InstalledTable {

    private static final String COLUMNS = "SELECT listing_id, kind, version, marketplace, publisher_id, sha256,"
            + " features_repository, feature_name, installed_by, installed_at FROM marketplace_installed";

    private final Database database;

    InstalledTable(Database database) {
        this.database = database;
    }

    Optional<InstalledRow> find(String listingId) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE listing_id = ?", InstalledTable::map,
                listingId));
    }

    List<InstalledRow> list() {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " ORDER BY listing_id", InstalledTable::map));
    }

    /** Replaces the rows of {@code replaced} (null for none) by {@code rows}, together. */
    void record(String replaced, List<InstalledRow> rows) {
        database.transaction(c -> {
            if (replaced != null) {
                Jdbc.update(c, "DELETE FROM marketplace_installed WHERE listing_id = ?", replaced);
            }
            Jdbc.batch(c, "INSERT INTO marketplace_installed (listing_id, kind, version, marketplace, publisher_id,"
                    + " sha256, features_repository, feature_name, installed_by, installed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(InstalledTable::params).toList());
            return null;
        });
    }

    void delete(String listingId) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM marketplace_installed WHERE listing_id = ?",
                listingId));
    }

    /** How many tenants have an integration listing installed as a prebuilt integration. */
    int tenantsWithIntegration(String listingId) {
        return database.transaction(c -> Jdbc.one(c, "SELECT COUNT(DISTINCT tenant_id) AS tenants FROM integration"
                + " WHERE listing_id = ?", row -> row.getInt("tenants"), listingId).orElse(0));
    }

    private static Object[] params(InstalledRow row) {
        return new Object[] {row.listingId(), row.kind().wire(), row.version(), row.marketplace(), row.publisherId(),
            row.sha256(), row.featuresRepository(), row.featureName(), row.installedBy(), row.installedAt()};
    }

    private static InstalledRow map(ResultSet row) throws SQLException {
        return new InstalledRow(row.getString("listing_id"), Kind.fromWire(row.getString("kind")),
                row.getString("version"), row.getString("marketplace"), row.getString("publisher_id"),
                row.getString("sha256"), row.getString("features_repository"), row.getString("feature_name"),
                row.getString("installed_by"), Jdbc.instant(row, "installed_at"));
    }
}
