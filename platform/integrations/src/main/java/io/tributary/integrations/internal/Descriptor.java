package io.tributary.integrations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.problem.FieldError;

/**
 * An integration version's {@code integration.json}, checked against the API's schema and for what the schema cannot
 * say: names and keys are unique, every slot's connector is a required connector, every slot a template uses is
 * declared.
 *
 * @param connectors connector id to its version range, in the descriptor's order
 * @param slots      slot name to slot, in the descriptor's order
 * @param settings   the settings' JSON Schema; an object schema accepting anything when there is none
 * @param flows      template key to template, in the descriptor's order
 */
record Descriptor(String id, String name, String version, String summary, Map<String, String> connectors,
                  Map<String, Slot> slots, ObjectNode settings, Map<String, ObjectNode> flows) {

    /** @param title what to connect; the name when the descriptor has none */
    record Slot(String name, String title, String connector) {
    }

    /**
     * @throws io.tributary.api.problem.ProblemException 422 on {@code listingId}: what a published descriptor gets
     *                                                   wrong is not the caller's to fix, but they must know
     */
    static Descriptor read(String listingId, ObjectNode json, DescriptorSchema schema) {
        List<String> faults = new ArrayList<>(schema.faults(json));
        Descriptor descriptor = null;
        if (faults.isEmpty()) {
            if (!listingId.equals(json.path("id").asText())) {
                faults.add("its id is " + json.path("id").asText() + ", not the listing's");
            }
            descriptor = of(json, faults);
        }
        if (!faults.isEmpty()) {
            throw Problems.invalid(faults.stream().map(fault -> new FieldError("listingId",
                    "the integration's descriptor is not usable: " + fault)).toList());
        }
        return descriptor;
    }

    private static Descriptor of(ObjectNode json, List<String> faults) {
        Map<String, String> connectors = new LinkedHashMap<>();
        json.path("connectors").forEach(connector -> {
            if (connectors.put(connector.path("id").asText(), connector.path("version").asText()) != null) {
                faults.add("connector " + connector.path("id").asText() + " is required twice");
            }
        });
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (JsonNode node : json.path("slots")) {
            String name = node.path("name").asText();
            Slot slot = new Slot(name, node.path("title").asText(name), node.path("connector").asText());
            if (slots.put(name, slot) != null) {
                faults.add("slot " + name + " is declared twice");
            }
            if (!connectors.containsKey(slot.connector())) {
                faults.add("slot " + name + " uses connector " + slot.connector() + ", which is not required");
            }
        }
        Map<String, ObjectNode> flows = new LinkedHashMap<>();
        for (JsonNode flow : json.path("flows")) {
            String key = flow.path("key").asText();
            if (flows.put(key, (ObjectNode) flow.get("template")) != null) {
                faults.add("flow " + key + " is declared twice");
            }
            Placeholders.slotsUsed(flow.get("template")).stream().filter(used -> !slots.containsKey(used))
                    .forEach(used -> faults.add("flow " + key + " uses slot " + used + ", which is not declared"));
        }
        ObjectNode settings = json.get("settings") instanceof ObjectNode schema ? schema
                : Json.object().put("type", "object");
        return new Descriptor(json.path("id").asText(), json.path("name").asText(), json.path("version").asText(),
                json.path("summary").asText(), connectors, slots, settings, flows);
    }
}
