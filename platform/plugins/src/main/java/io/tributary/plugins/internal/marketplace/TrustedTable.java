package io.tributary.plugins.internal.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.marketplace.TrustedPublisher;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The publishers this runtime trusts, with their pinned keys. */
final class TrustedTable {

    private static final String COLUMNS = "SELECT publisher_id, marketplace, name, algorithm, fingerprint, public_key,"
            + " trusted_by, trusted_at FROM marketplace_trusted_publisher";

    private final Database database;

    TrustedTable(Database database) {
        this.database = database;
    }

    Optional<PinnedPublisher> find(String publisherId) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE publisher_id = ?", TrustedTable::map,
                publisherId));
    }

    List<TrustedPublisher> list() {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " ORDER BY name, publisher_id", TrustedTable::map))
                .stream().map(PinnedPublisher::publisher).toList();
    }

    /** @throws io.tributary.api.problem.ProblemException 409 when the publisher is pinned already */
    void insert(PinnedPublisher pinned) {
        TrustedPublisher publisher = pinned.publisher();
        database.transaction(c -> Jdbc.update(c, "INSERT INTO marketplace_trusted_publisher (publisher_id,"
                + " marketplace, name, algorithm, fingerprint, public_key, trusted_by, trusted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", publisher.publisherId(), publisher.marketplace(),
                publisher.name(), pinned.algorithm(), publisher.fingerprint(), pinned.publicKey(),
                publisher.trustedBy(), publisher.trustedAt()),
                () -> Problems.conflict("publisher " + publisher.publisherId() + " was trusted at the same time"));
    }

    boolean delete(String publisherId) {
        return database.transaction(c -> Jdbc.update(c,
                "DELETE FROM marketplace_trusted_publisher WHERE publisher_id = ?", publisherId)) > 0;
    }

    private static PinnedPublisher map(ResultSet row) throws SQLException {
        TrustedPublisher publisher = new TrustedPublisher(row.getString("publisher_id"), row.getString("marketplace"),
                row.getString("name"), row.getString("fingerprint"), row.getString("trusted_by"),
                Jdbc.instant(row, "trusted_at"));
        return new PinnedPublisher(publisher, row.getString("algorithm"), row.getString("public_key"));
    }
}
