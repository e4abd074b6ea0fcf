package io.tributary.tenancy.internal.tenancy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.connection.ConnectionShells;
import io.tributary.tenancy.internal.connection.DefaultConnectionService;

/** Reads the connection shells of an exported workspace document, reporting every broken rule by its path. */
final class ImportDocument {

    /** One connection to create, its configuration already without secrets. */
    record Shell(String name, String connectorId, String version, ObjectNode config) {
    }

    private final ConnectionShells shells;

    ImportDocument(ConnectionShells shells) {
        this.shells = shells;
    }

    List<Shell> shells(ObjectNode document) {
        if (document == null || !WorkspaceTransfer.FORMAT.equals(document.path("format").asText())) {
            throw Problems.invalid("format", "must be " + WorkspaceTransfer.FORMAT);
        }
        JsonNode entries = document.path("connections");
        if (!entries.isMissingNode() && !entries.isArray()) {
            throw Problems.invalid("connections", "must be an array");
        }
        Violations violations = new Violations();
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(entries.get(i), "connections[" + i + "].", violations);
        }
        violations.throwIfAny();
        List<Shell> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(shell(entries.get(i), "connections[" + i + "]."));
        }
        return result;
    }

    private static void checkEntry(JsonNode entry, String prefix, Violations violations) {
        violations.requireText(prefix + "name", text(entry.path("name")), DefaultConnectionService.MAX_NAME);
        if (text(entry.path("connector").path("id")) == null || text(entry.path("connector").path("version")) == null) {
            violations.add(prefix + "connector", "needs an id and a version");
        }
        JsonNode config = entry.path("config");
        if (!config.isMissingNode() && !config.isObject()) {
            violations.add(prefix + "config", "must be an object");
        }
    }

    private Shell shell(JsonNode entry, String prefix) {
        String connectorId = text(entry.path("connector").path("id"));
        String version = text(entry.path("connector").path("version"));
        ObjectNode config = entry.path("config").isObject() ? (ObjectNode) entry.get("config") : null;
        return new Shell(text(entry.path("name")).strip(), connectorId, version,
                shells.fromDocument(connectorId, version, config, prefix));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
