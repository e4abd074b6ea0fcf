package io.tributary.tenancy.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The session_token and api_token tables; lookups go by the hash of the presented secret. */
public final class TokenRepository {

    private final Database database;
    private final TokenKind kind;

    public TokenRepository(Database database, TokenKind kind) {
        this.database = database;
        this.kind = kind;
    }

    public void insert(StoredToken token) {
        if (kind == TokenKind.SESSION) {
            database.transaction(c -> Jdbc.update(c, "INSERT INTO session_token (id, token_hash, user_id,"
                    + " created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?)", token.id(), token.tokenHash(),
                    token.userId(), token.createdAt(), token.expiresAt(), false));
        } else {
            database.transaction(c -> Jdbc.update(c, "INSERT INTO api_token (id, token_hash, user_id, name,"
                    + " created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)", token.id(),
                    token.tokenHash(), token.userId(), token.name(), token.createdAt(),
                    Jdbc.orNull(token.expiresAt()), false));
        }
    }

    public Optional<StoredToken> findByHash(String tokenHash) {
        return database.transaction(c -> Jdbc.one(c, select() + " WHERE token_hash = ?", TokenRepository::map,
                tokenHash));
    }

    public Optional<StoredToken> find(String id) {
        return database.transaction(c -> Jdbc.one(c, select() + " WHERE id = ?", TokenRepository::map, id));
    }

    /** The user's tokens that have not been revoked, newest first. */
    public List<StoredToken> listActive(String userId) {
        return database.transaction(c -> Jdbc.list(c, select() + " WHERE user_id = ? AND revoked = ?"
                + " ORDER BY created_at DESC", TokenRepository::map, userId, false));
    }

    public void touch(String id, Instant now) {
        database.transaction(c -> Jdbc.update(c, "UPDATE " + kind.table + " SET last_used_at = ? WHERE id = ?",
                now, id));
    }

    public boolean revoke(String id) {
        return database.transaction(c -> Jdbc.update(c, "UPDATE " + kind.table + " SET revoked = ? WHERE id = ?"
                + " AND revoked = ?", true, id, false)) > 0;
    }

    public void revokeAllOf(String userId) {
        database.transaction(c -> Jdbc.update(c, "UPDATE " + kind.table + " SET revoked = ? WHERE user_id = ?",
                true, userId));
    }

    /** Removes tokens that expired before {@code cutoff}; they can no longer be used anyway. */
    public void deleteExpiredBefore(Instant cutoff) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM " + kind.table + " WHERE expires_at < ?", cutoff));
    }

    private String select() {
        return "SELECT id, token_hash, user_id, " + kind.nameColumn + ", created_at, expires_at, last_used_at,"
                + " revoked FROM " + kind.table;
    }

    private static StoredToken map(ResultSet row) throws SQLException {
        return new StoredToken(row.getString("id"), row.getString("token_hash"), row.getString("user_id"),
                row.getString("name"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "expires_at"),
                Jdbc.instant(row, "last_used_at"), row.getBoolean("revoked"));
    }
}
