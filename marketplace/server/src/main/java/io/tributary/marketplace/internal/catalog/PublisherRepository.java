package io.tributary.marketplace.internal.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.marketplace.Publisher;
import io.tributary.store.jdbc.Jdbc;

/** The marketplace_publisher table; every method runs in the caller's transaction. */
final class PublisherRepository {

    private static final String COLUMNS = "SELECT id, name, algorithm, fingerprint, public_key, owner_user_id,"
            + " created_by, created_at FROM marketplace_publisher";

    Optional<StoredPublisher> find(Connection connection, String id) throws SQLException {
        return Jdbc.one(connection, COLUMNS + " WHERE id = ?", PublisherRepository::map, id);
    }

    boolean nameTaken(Connection connection, String name) throws SQLException {
        return Jdbc.one(connection, "SELECT id FROM marketplace_publisher WHERE name = ?", row -> row.getString(1),
                name).isPresent();
    }

    boolean fingerprintTaken(Connection connection, String fingerprint) throws SQLException {
        return Jdbc.one(connection, "SELECT id FROM marketplace_publisher WHERE fingerprint = ?",
                row -> row.getString(1), fingerprint).isPresent();
    }

    List<StoredPublisher> list(Connection connection) throws SQLException {
        return Jdbc.list(connection, COLUMNS + " ORDER BY name, id", PublisherRepository::map);
    }

    List<StoredPublisher> ownedBy(Connection connection, String userId) throws SQLException {
        return Jdbc.list(connection, COLUMNS + " WHERE owner_user_id = ? ORDER BY name, id", PublisherRepository::map,
                userId);
    }

    void insert(Connection connection, StoredPublisher stored) throws SQLException {
        Publisher publisher = stored.publisher();
        Jdbc.update(connection, "INSERT INTO marketplace_publisher (id, name, algorithm, fingerprint, public_key,"
                + " owner_user_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", publisher.id(),
                publisher.name(), publisher.algorithm(), publisher.fingerprint(), publisher.publicKey(),
                stored.ownerUserId(), publisher.createdBy(), publisher.createdAt());
    }

    private static StoredPublisher map(ResultSet row) throws SQLException {
        return new StoredPublisher(new Publisher(row.getString("id"), row.getString("name"),
                row.getString("algorithm"), row.getString("fingerprint"), row.getString("public_key"),
                row.getString("created_by"), Jdbc.instant(row, "created_at")), row.getString("owner_user_id"));
    }
}
