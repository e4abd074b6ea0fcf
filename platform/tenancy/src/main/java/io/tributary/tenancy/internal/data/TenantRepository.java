package io.tributary.tenancy.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.tenancy.Tenant;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/** The tenant table. */
public final class TenantRepository {

    private static final String COLUMNS = "SELECT id, name, created_at FROM tenant";

    private final Database database;

    public TenantRepository(Database database) {
        this.database = database;
    }

    public void insert(Tenant tenant) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)",
                tenant.id(), tenant.name(), tenant.createdAt()));
    }

    public Optional<Tenant> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", TenantRepository::map, id));
    }

    public Optional<Tenant> findByName(String name) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE name = ?", TenantRepository::map, name));
    }

    public List<Tenant> list() {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " ORDER BY name", TenantRepository::map));
    }

    /** The platform's first tenant: the one bootstrap created, where operators start. */
    public Optional<Tenant> first() {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " ORDER BY created_at, id", TenantRepository::map));
    }

    /**
     * Locks the tenant's row until the transaction ends, so that checks such as "is this the last owner" are not
     * raced by a concurrent change to the same tenant. A no-op update is the portable row lock.
     */
    public void lock(String tenantId) {
        database.transaction(c -> Jdbc.update(c, "UPDATE tenant SET name = name WHERE id = ?", tenantId));
    }

    private static Tenant map(ResultSet row) throws SQLException {
        return new Tenant(row.getString("id"), row.getString("name"), Jdbc.instant(row, "created_at"));
    }
}
