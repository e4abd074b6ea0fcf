package io.tributary.integrations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Jdbc;

/**
 * The {@code integration} and {@code integration_flow} tables. A flow row keeps the base its template rendered: the
 * settings filled in, the slots still placeholders.
 */
final class IntegrationRepository {

    /** Derby's longest VARCHAR, the size of the JSON columns. */
    static final int MAX_JSON = 32672;

    private static final String COLUMNS = "SELECT id, tenant_id, workspace_id, listing_id, version, name,"
            + " settings_json, slots_json, installed_by, installed_at, updated_at FROM integration";

    /** One flow an integration made: its template, the flow, the base of later merges. */
    record FlowRow(String templateKey, String flowId, ObjectNode base) {
    }

    private final Database database;

    IntegrationRepository(Database database) {
        this.database = database;
    }

    void insert(StoredIntegration integration) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO integration (id, tenant_id, workspace_id, listing_id,"
                + " version, name, settings_json, slots_json, installed_by, installed_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", integration.id(), integration.tenantId(),
                integration.workspaceId(), integration.listingId(), integration.version(), integration.name(),
                Json.write(integration.settings()), slotsJson(integration), integration.installedBy(),
                integration.installedAt(), integration.updatedAt()));
    }

    void update(StoredIntegration integration) {
        database.transaction(c -> Jdbc.update(c, "UPDATE integration SET version = ?, name = ?, settings_json = ?,"
                + " slots_json = ?, updated_at = ? WHERE id = ?", integration.version(), integration.name(),
                Json.write(integration.settings()), slotsJson(integration), integration.updatedAt(),
                integration.id()));
    }

    /** Deletes the integration; its flow rows go with it (ON DELETE CASCADE). */
    void delete(String id) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM integration WHERE id = ?", id));
    }

    Optional<StoredIntegration> find(String id) {
        return database.transaction(c -> Jdbc.one(c, COLUMNS + " WHERE id = ?", IntegrationRepository::map, id));
    }

    List<StoredIntegration> listByTenant(String tenantId) {
        return database.transaction(c -> Jdbc.list(c, COLUMNS + " WHERE tenant_id = ? ORDER BY name, installed_at",
                IntegrationRepository::map, tenantId));
    }

    List<FlowRow> flows(String integrationId) {
        return database.transaction(c -> Jdbc.list(c, "SELECT template_key, flow_id, base_json FROM integration_flow"
                + " WHERE integration_id = ? ORDER BY template_key", row -> new FlowRow(row.getString("template_key"),
                row.getString("flow_id"), Json.readObject(row.getString("base_json"))), integrationId));
    }

    void insertFlow(String integrationId, FlowRow flow) {
        database.transaction(c -> Jdbc.update(c, "INSERT INTO integration_flow (integration_id, template_key, flow_id,"
                + " base_json) VALUES (?, ?, ?, ?)", integrationId, flow.templateKey(), flow.flowId(),
                Json.write(flow.base())));
    }

    void updateBase(String integrationId, String templateKey, ObjectNode base) {
        database.transaction(c -> Jdbc.update(c, "UPDATE integration_flow SET base_json = ? WHERE integration_id = ?"
                + " AND template_key = ?", Json.write(base), integrationId, templateKey));
    }

    void deleteFlow(String integrationId, String templateKey) {
        database.transaction(c -> Jdbc.update(c, "DELETE FROM integration_flow WHERE integration_id = ?"
                + " AND template_key = ?", integrationId, templateKey));
    }

    /**
     * @throws io.tributary.api.problem.ProblemException 422 naming {@code field} when the JSON is longer than its
     *                                                   column takes
     */
    static void requireFits(String field, JsonNode json) {
        if (Json.write(json).length() > MAX_JSON) {
            throw Problems.invalid(field, "is too large to keep: at most " + MAX_JSON + " characters of JSON");
        }
    }

    private static String slotsJson(StoredIntegration integration) {
        ObjectNode slots = Json.object();
        integration.slots().forEach((name, slot) -> slots.set(name, slot.toJson()));
        return Json.write(slots);
    }

    private static StoredIntegration map(ResultSet row) throws SQLException {
        Map<String, SlotState> slots = new LinkedHashMap<>();
        Json.readObject(row.getString("slots_json")).properties()
                .forEach(slot -> slots.put(slot.getKey(), SlotState.fromJson(slot.getValue())));
        return new StoredIntegration(row.getString("id"), row.getString("tenant_id"), row.getString("workspace_id"),
                row.getString("listing_id"), row.getString("version"), row.getString("name"),
                Json.readObject(row.getString("settings_json")), slots, row.getString("installed_by"),
                Jdbc.instant(row, "installed_at"), Jdbc.instant(row, "updated_at"));
    }
}
