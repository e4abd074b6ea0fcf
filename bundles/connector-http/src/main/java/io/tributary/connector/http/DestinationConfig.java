package io.tributary.connector.http;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.WriteMode;

/**
 * The configuration of the {@code send} destination operation: per write mode, a method and a path template.
 *
 * @param targets where each mode sends a record
 * @param batch   whether one request carries the whole batch as a JSON array
 */
record DestinationConfig(Map<WriteMode, Target> targets, boolean batch) {

    /** The request that writes a record in one mode. */
    record Target(String method, PathTemplate path) {
    }

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Map<WriteMode, String> DEFAULT_METHODS =
            Map.of(WriteMode.INSERT, "POST", WriteMode.UPDATE, "PATCH", WriteMode.UPSERT, "PUT");

    static DestinationConfig from(ObjectNode config) throws ConnectorException {
        String path = Json.requiredText(config, "path", "config");
        boolean batch = Json.bool(config, "batch", false);
        Map<WriteMode, Target> targets = new EnumMap<>(WriteMode.class);
        for (WriteMode mode : WriteMode.values()) {
            String name = mode.name().toLowerCase(Locale.ROOT);
            String method = Json.text(config, name + "Method", DEFAULT_METHODS.get(mode)).toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw Json.invalid("config." + name + "Method must be POST, PUT or PATCH, not " + method);
            }
            PathTemplate template = new PathTemplate(Json.text(config, name + "Path", path));
            if (batch && template.hasPlaceholders()) {
                throw Json.invalid("config." + name + "Path '" + template
                        + "' has placeholders, which a batch request cannot fill");
            }
            targets.put(mode, new Target(method, template));
        }
        return new DestinationConfig(Map.copyOf(targets), batch);
    }

    Target target(WriteMode mode) {
        return targets.get(mode);
    }
}
