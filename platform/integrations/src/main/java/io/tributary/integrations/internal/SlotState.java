package io.tributary.integrations.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a slot of an installed integration stands, as kept in {@code integration.slots_json}.
 *
 * @param connectionId the connection its flows use
 * @param shellId      the empty connection made for the slot on install (or upgrade)
 * @param title        what to connect, from the installed version's descriptor
 * @param connector    the connector its connection must use
 * @param range        the connector versions it accepts
 */
record SlotState(String connectionId, String shellId, String title, String connector, String range) {

    /** Whether the slot still points at the connection made for it. */
    boolean shell() {
        return connectionId.equals(shellId);
    }

    SlotState pointedAt(String connection) {
        return new SlotState(connection, shellId, title, connector, range);
    }

    SlotState describedBy(Descriptor.Slot slot, String newRange) {
        return new SlotState(connectionId, shellId, slot.title(), slot.connector(), newRange);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("connectionId", connectionId).put("shell", shell());
        return json.put("shellId", shellId).put("title", title).put("connector", connector).put("range", range);
    }

    static SlotState fromJson(JsonNode json) {
        return new SlotState(json.path("connectionId").asText(), json.path("shellId").asText(),
                json.path("title").asText(), json.path("connector").asText(), json.path("range").asText());
    }
}
