package io.tributary.tenancy.internal.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tributary.api.tenancy.Connection;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;
import io.tributary.tenancy.internal.Json;

/** The workspace_connection table. Configurations go in and out in their stored form: secrets as envelopes. */
public final class ConnectionRepository {

    private static final String COLUMNS = "SELECT id, workspace_id, connector_id, connector_version, name,"
            + " config_json, created_at, updated_at FROM workspace_connection";

    private final Database database;

    public ConnectionRepository(Database database) {
        this.database = database;
    }

    public void insert(Connection stored) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO workspace_connection (id, workspace_id, connector_id,"
                + " connector_version, name, config_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                stored.id(), stored.workspaceId(), stored.connectorId(), stored.connectorVersion(), stored.name(),
                Json.write(stored.config()), stored.createdAt(), stored.updatedAt()));
    }

    public Optional<Connection> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", ConnectionRepository::map, id));
    }

    public Optional<Connection> findByName(String workspaceId, String name) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE workspace_id = ? AND name = ?",
                ConnectionRepository::map, workspaceId, name));
    }

    public List<Connection> listByWorkspace(String workspaceId) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE workspace_id = ? ORDER BY name",
                ConnectionRepository::map, workspaceId));
    }

    /** Every connection of every tenant, for re-encrypting secrets under a new key. */
    public List<Connection> listAll() {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " ORDER BY id", ConnectionRepository::map));
    }

    public void update(Connection stored) {
        database.transaction(c -> Jdbc.update(c, "UPDATE workspace_connection SET connector_version = ?, name = ?,"
                + " config_json = ?, updated_at = ? WHERE id = ?", stored.connectorVersion(), stored.name(),
                Json.write(stored.config()), stored.updatedAt(), stored.id()));
    }

    public void delete(String id) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM workspace_connection WHERE id = ?", id));
    }

    private static Connection map(ResultSet row) throws SQLException {
        return new Connection(row.getString("id"), row.getString("workspace_id"), row.getString("connector_id"),
                row.getString("connector_version"), row.getString("name"),
                Json.readObject(row.getString("config_json")), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "updated_at"));
    }
}
