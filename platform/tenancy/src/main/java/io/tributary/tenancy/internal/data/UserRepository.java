package io.tributary.tenancy.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.tenancy.TenantRole;
import io.tributary.api.tenancy.User;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The app_user table. */
public final class UserRepository {

    private static final String COLUMNS = "SELECT id, tenant_id, username, email, password_hash, tenant_role,"
            + " is_operator, created_at FROM app_user";

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public void insert(StoredUser stored) {
        User user = stored.user();
        database.transaction(c -> Jdbc.update(c, "INSERT INTO app_user (id, tenant_id, username, email,"
                + " password_hash, tenant_role, is_operator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                user.id(), user.tenantId(), user.username(), Jdbc.orNull(user.email()), stored.passwordHash(),
                user.tenantRole().name(), user.operator(), user.createdAt()));
    }

    public Optional<StoredUser> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", UserRepository::map, id));
    }

    public Optional<StoredUser> findByUsername(String username) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE username = ?", UserRepository::map,
                username));
    }

    public List<User> listByTenant(String tenantId) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE tenant_id = ? ORDER BY username",
                row -> map(row).user(), tenantId));
    }

    /** Writes everything but the password. */
    public void update(User user) {
        database.transaction(c -> Jdbc.update(c, "UPDATE app_user SET username = ?, email = ?, tenant_role = ?,"
                + " is_operator = ? WHERE id = ?", user.username(), Jdbc.orNull(user.email()),
                user.tenantRole().name(), user.operator(), user.id()));
    }

    public void updatePassword(String userId, String passwordHash) {
        database.transaction(c -> Jdbc.update(c, "UPDATE app_user SET password_hash = ? WHERE id = ?",
                passwordHash, userId));
    }

    public void delete(String userId) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM app_user WHERE id = ?", userId));
    }

    public int countOwners(String tenantId) {
        return database.transaction(c -> Jdbc.one(c,
                "SELECT COUNT(*) FROM app_user WHERE tenant_id = ? AND tenant_role = ?",
                row -> row.getInt(1), tenantId, TenantRole.OWNER.name()).orElse(0));
    }

    private static StoredUser map(ResultSet row) throws SQLException {
        User user = new User(row.getString("id"), row.getString("tenant_id"), row.getString("username"),
                row.getString("email"), TenantRole.valueOf(row.getString("tenant_role")),
                row.getBoolean("is_operator"), Jdbc.instant(row, "created_at"));
        return new StoredUser(user, row.getString("password_hash"));
    }
}
