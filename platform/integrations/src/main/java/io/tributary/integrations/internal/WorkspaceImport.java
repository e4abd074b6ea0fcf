package io.tributary.integrations.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.flow.Flow;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.Connection;

/**
 * Creates an integration's connection shells, and flows using them, through the tenancy service's workspace import:
 * the platform's one way to make connections that lack their secrets (shells are not validated until completed) and
 * flows pointing at them, disabled, in the transaction in progress.
 */
final class WorkspaceImport {

    /** The document format the tenancy service imports. */
    static final String FORMAT = "tributary.workspace/1";

    private static final String DOCUMENT_ID = "slot:";
    private static final Pattern ITEM = Pattern.compile("^(connections|flows)\\[(\\d+)](.*)$");

    /**
     * @param shells slot name to the connection made for it
     * @param flows  template key to the flow made of it
     */
    record Result(Map<String, String> shells, Map<String, Flow> flows) {
    }

    private final Platform platform;

    WorkspaceImport(Platform platform) {
        this.platform = platform;
    }

    /**
     * @param slots             the slots to make shells for
     * @param connectorVersions connector id to the version the shells use
     * @param renderings        template key to its rendering, settings filled in, slots still placeholders; each may
     *                          use only the slots given
     * @throws ProblemException as the import raises it, its fields named {@code slots.<name>} and
     *                          {@code flows.<key>}
     */
    Result run(Caller caller, String workspaceId, List<Descriptor.Slot> slots, Map<String, String> connectorVersions,
            Map<String, ObjectNode> renderings) {
        Set<String> taken = new HashSet<>();
        platform.connections().connections(caller, workspaceId).forEach(existing -> taken.add(existing.name()));
        ObjectNode document = Json.object().put("format", FORMAT);
        ArrayNode connections = document.putArray("connections");
        Map<String, String> documentIds = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Descriptor.Slot slot : slots) {
            String name = Names.unique(slot.title(), taken);
            taken.add(name);
            names.put(slot.name(), name);
            documentIds.put(slot.name(), DOCUMENT_ID + slot.name());
            ObjectNode connection = connections.addObject().put("id", DOCUMENT_ID + slot.name()).put("name", name);
            connection.putObject("connector").put("id", slot.connector())
                    .put("version", connectorVersions.get(slot.connector()));
            connection.putObject("config");
        }
        ArrayNode flows = document.putArray("flows");
        renderings.values().forEach(rendering -> flows.add(Placeholders.slots(documentIds).render(rendering)));
        try {
            platform.tenancy().importWorkspace(caller, workspaceId, document);
        } catch (ProblemException e) {
            throw Problems.renamed(e, field -> inCallerTerms(field, List.copyOf(names.keySet()),
                    List.copyOf(renderings.keySet())));
        }
        return new Result(shellsByName(caller, workspaceId, names), flowsByName(caller, workspaceId, renderings));
    }

    private Map<String, String> shellsByName(Caller caller, String workspaceId, Map<String, String> names) {
        Map<String, String> ids = new HashMap<>();
        for (Connection connection : platform.connections().connections(caller, workspaceId)) {
            ids.put(connection.name(), connection.id());
        }
        Map<String, String> shells = new LinkedHashMap<>();
        names.forEach((slot, name) -> shells.put(slot, require(ids.get(name), "connection " + name)));
        return shells;
    }

    private Map<String, Flow> flowsByName(Caller caller, String workspaceId, Map<String, ObjectNode> renderings) {
        Map<String, Flow> byName = new HashMap<>();
        platform.flows().flows(caller, workspaceId).forEach(flow -> byName.put(flow.name(), flow));
        Map<String, Flow> flows = new LinkedHashMap<>();
        renderings.forEach((key, rendering) -> {
            String name = rendering.path("name").asText();
            flows.put(key, require(byName.get(name), "flow " + name));
        });
        return flows;
    }

    private static <T> T require(T found, String what) {
        if (found == null) {
            throw new IllegalStateException("The workspace import did not create " + what);
        }
        return found;
    }

    /** {@code connections[1].connector} is {@code slots.<name>.connector}, {@code flows[0]...} is the template's. */
    private static String inCallerTerms(String field, List<String> slots, List<String> keys) {
        Matcher matcher = ITEM.matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        int index = Integer.parseInt(matcher.group(2));
        List<String> names = "connections".equals(matcher.group(1)) ? slots : keys;
        String owner = "connections".equals(matcher.group(1)) ? "slots." : "flows.";
        return index < names.size() ? owner + names.get(index) + matcher.group(3) : field;
    }
}
