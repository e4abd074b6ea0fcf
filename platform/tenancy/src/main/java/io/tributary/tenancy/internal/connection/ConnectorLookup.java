package io.tributary.tenancy.internal.connection;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;

/** Finds the connector version a connection names and its connection schema; 422 on the connector field if none. */
final class ConnectorLookup {

    private final ConnectorRegistry registry;

    ConnectorLookup(ConnectorRegistry registry) {
        this.registry = registry;
    }

    /** @param fieldPrefix prefix of the field named in problems, e.g. {@code connections[2].} */
    ConnectorInfo connector(String id, String version, String fieldPrefix) {
        String field = fieldPrefix + "connector";
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw Problems.invalid(field, "needs an id and a version");
        }
        ConnectorInfo info = registry.find(id, version)
                .orElseThrow(() -> Problems.invalid(field, "connector " + id + " " + version + " is not installed"));
        if (info.state() == ConnectorState.REJECTED || info.descriptor() == null) {
            throw Problems.invalid(field, "connector " + id + " " + version + " was rejected: " + info.reason());
        }
        return info;
    }

    /** The descriptor's connection schema; a connector without one takes any object and has no secrets. */
    static JsonNode connectionSchema(ConnectorInfo connector) {
        JsonNode schema = connector.descriptor().get("connection");
        return schema != null && schema.isObject() ? schema : Json.object().put("type", "object");
    }
}
