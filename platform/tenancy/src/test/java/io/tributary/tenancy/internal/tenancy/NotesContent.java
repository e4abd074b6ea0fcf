package io.tributary.tenancy.internal.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;
import io.tributary.api.tenancy.WorkspaceContent;
import io.tributary.tenancy.internal.Json;

/**
 * A workspace content kept in memory: notes, each naming a connection. Importing copies a note with its connection
 * mapped, after running {@link #during} (to look at the transaction, or to fail in it).
 */
final class NotesContent implements WorkspaceContent {

    final Map<String, ArrayNode> notes = new HashMap<>();
    Consumer<String> during = workspaceId -> { };

    void add(String workspaceId, String text, String connectionId) {
        notes.computeIfAbsent(workspaceId, id -> Json.MAPPER.createArrayNode()).addObject().put("text", text)
                .put("connection", connectionId);
    }

    @Override
    public String section() {
        return "notes";
    }

    @Override
    public ArrayNode export(String workspaceId) {
        return notes.getOrDefault(workspaceId, Json.MAPPER.createArrayNode()).deepCopy();
    }

    @Override
    public void importInto(Caller caller, String workspaceId, ArrayNode items, Map<String, String> connectionIds) {
        during.accept(workspaceId);
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = (ObjectNode) items.get(i);
            add(workspaceId, item.path("text").asText(), connectionIds.get(item.path("connection").asText()));
        }
    }
}
