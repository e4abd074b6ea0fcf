package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Points flow definitions at other connections where the flow format names them: the webhook trigger, the source,
 * lookup steps, the steps and destinations of branch routes (at any depth) and the destinations.
 */
final class FlowLinks {

    /**
     * One slot moving to another connection.
     *
     * @param everywhere whether every use of {@code from} is this slot's; otherwise (another slot keeps that
     *                   connection) only the places its template puts the slot are changed
     */
    record Move(String slot, String from, String to, boolean everywhere) {
    }

    private FlowLinks() {
    }

    /**
     * @param base the template's rendering the flow was made from, slots as placeholders
     * @return a changed copy of the definition
     */
    static ObjectNode relink(ObjectNode definition, JsonNode base, List<Move> moves) {
        ObjectNode relinked = definition.deepCopy();
        Map<String, String> everywhere = new HashMap<>();
        moves.stream().filter(Move::everywhere).forEach(move -> everywhere.put(move.from(), move.to()));
        forEachUse(relinked, owner -> {
            JsonNode connection = owner.get("connection");
            if (connection != null && connection.isTextual() && everywhere.containsKey(connection.textValue())) {
                owner.put("connection", everywhere.get(connection.textValue()));
            }
        });
        for (Move move : moves) {
            if (!move.everywhere()) {
                for (JsonPointer pointer : slotPointers(base, move.slot())) {
                    // checked against the definition before any change: a swap of two slots must not chain
                    JsonNode current = definition.at(pointer);
                    if (current.isTextual() && current.textValue().equals(move.from())) {
                        set(relinked, pointer, move.to());
                    }
                }
            }
        }
        return relinked;
    }

    /** Every object of a definition that may name a connection. */
    static void forEachUse(ObjectNode definition, Consumer<ObjectNode> owner) {
        visit(definition.get("trigger"), owner);
        visit(definition.get("source"), owner);
        visitSteps(definition.get("steps"), owner);
        visitEach(definition.get("destinations"), owner);
    }

    private static void visitSteps(JsonNode steps, Consumer<ObjectNode> owner) {
        if (!(steps instanceof ArrayNode list)) {
            return;
        }
        for (JsonNode step : list) {
            visit(step, owner);
            for (JsonNode route : step.path("routes")) {
                visitSteps(route.get("steps"), owner);
                visitEach(route.get("destinations"), owner);
            }
        }
    }

    private static void visitEach(JsonNode nodes, Consumer<ObjectNode> owner) {
        if (nodes instanceof ArrayNode list) {
            list.forEach(node -> visit(node, owner));
        }
    }

    private static void visit(JsonNode node, Consumer<ObjectNode> owner) {
        if (node instanceof ObjectNode object) {
            owner.accept(object);
        }
    }

    /** Where the base has the slot's placeholder as a whole value. */
    private static List<JsonPointer> slotPointers(JsonNode base, String slot) {
        List<JsonPointer> pointers = new ArrayList<>();
        collect(base, JsonPointer.empty(), slot, pointers);
        return pointers;
    }

    private static void collect(JsonNode node, JsonPointer at, String slot, List<JsonPointer> pointers) {
        if (Placeholders.isSlot(node, slot)) {
            pointers.add(at);
        } else if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> collect(field.getValue(), at.appendProperty(field.getKey()), slot,
                    pointers));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), at.appendIndex(i), slot, pointers);
            }
        }
    }

    private static void set(ObjectNode root, JsonPointer pointer, String value) {
        JsonNode parent = root.at(pointer.head());
        if (parent instanceof ObjectNode object) {
            object.put(pointer.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(pointer.last().getMatchingIndex(), array.textNode(value));
        }
    }
}
