package io.tributary.tenancy.internal.tenancy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;
import io.tributary.tenancy.internal.connection.ConnectionShells;
import io.tributary.tenancy.internal.connection.DefaultConnectionService;

/**
 * Reads an exported workspace document: its connection shells, reporting every broken rule by its path, and the
 * sections other services import. A section no service reads is refused rather than dropped, unless it is empty.
 */
final class ImportDocument {

    /** The keys of the document that are not sections. */
    private static final Set<String> FRAME = Set.of("format", "workspace", "connections");

    /**
     * One connection to create, its configuration already without secrets.
     *
     * @param id the connection's id in the exported workspace, by which sections refer to it; null in documents that
     *           name none
     */
    record Shell(String id, String name, String connectorId, String version, ObjectNode config) {
    }

    /** What a document adds to a workspace: shells, then each section by the service reading it. */
    record Contents(List<Shell> shells, Map<String, ArrayNode> sections) {
    }

    private final ConnectionShells shells;

    ImportDocument(ConnectionShells shells) {
        this.shells = shells;
    }

    /** @param known the sections some service reads */
    Contents read(ObjectNode document, Set<String> known) {
        if (document == null || !WorkspaceTransfer.FORMAT.equals(document.path("format").asText())) {
            throw Problems.invalid("format", "must be " + WorkspaceTransfer.FORMAT);
        }
        JsonNode entries = document.path("connections");
        if (!entries.isMissingNode() && !entries.isArray()) {
            throw Problems.invalid("connections", "must be an array");
        }
        Violations violations = new Violations();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(entries.get(i), "connections[" + i + "].", ids, violations);
        }
        Map<String, ArrayNode> sections = sections(document, known, violations);
        violations.throwIfAny();
        List<Shell> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(shell(entries.get(i), "connections[" + i + "]."));
        }
        return new Contents(result, sections);
    }

    private static Map<String, ArrayNode> sections(ObjectNode document, Set<String> known, Violations violations) {
        Map<String, ArrayNode> sections = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = document.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (FRAME.contains(name)) {
                continue;
            }
            if (!(field.getValue() instanceof ArrayNode items)) {
                violations.add(name, "must be an array");
            } else if (known.contains(name)) {
                sections.put(name, items);
            } else if (!items.isEmpty()) {
                violations.add(name, "is not a section this platform imports");
            }
        }
        return sections;
    }

    private static void checkEntry(JsonNode entry, String prefix, Set<String> ids, Violations violations) {
        violations.requireText(prefix + "name", text(entry.path("name")), DefaultConnectionService.MAX_NAME);
        if (text(entry.path("connector").path("id")) == null || text(entry.path("connector").path("version")) == null) {
            violations.add(prefix + "connector", "needs an id and a version");
        }
        JsonNode config = entry.path("config");
        if (!config.isMissingNode() && !config.isObject()) {
            violations.add(prefix + "config", "must be an object");
        }
        JsonNode id = entry.path("id");
        if (!id.isMissingNode() && text(id) == null) {
            violations.add(prefix + "id", "must be a text");
        } else if (text(id) != null && !ids.add(id.asText())) {
            violations.add(prefix + "id", "is the id of another connection of the document");
        }
    }

    private Shell shell(JsonNode entry, String prefix) {
        String connectorId = text(entry.path("connector").path("id"));
        String version = text(entry.path("connector").path("version"));
        ObjectNode config = entry.path("config").isObject() ? (ObjectNode) entry.get("config") : null;
        return new Shell(text(entry.path("id")), text(entry.path("name")).strip(), connectorId, version,
                shells.fromDocument(connectorId, version, config, prefix));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
