package io.tributary.engine.internal.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Connection;
import io.tributary.engine.internal.pipeline.Expression;

/**
 * Checks a flow definition as a whole and fills in its defaults. Every problem is reported at once, each as a
 * {@link FieldError} named by its path in the definition ({@code source.config.table},
 * {@code steps[2].routes[1].destinations[0].mode}). An operation config may not carry a value its schema marks
 * {@code "writeOnly": true}: that is a secret, and secrets belong on the connection. Thread-safe.
 */
public final class FlowValidator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_CONNECTION = "no such connection in this workspace";
    private static final String SECRET = "a secret does not belong in a flow definition: set it on the connection";

    private final ConnectorRegistry registry;
    private final Function<String, Optional<Connection>> connections;
    private final JsonSchemas schemas = new JsonSchemas();

    /**
     * @param connections finds a stored connection by id (secrets masked), in whatever workspace
     */
    public FlowValidator(ConnectorRegistry registry, Function<String, Optional<Connection>> connections) {
        this.registry = registry;
        this.connections = connections;
    }

    /**
     * The definition with its defaults filled in: trigger manual, sync full, settings, connector version ranges
     * (from the connection's connector version up to the next major), names of steps, routes and destinations.
     *
     * @throws ProblemException 422 listing every field that breaks a rule
     */
    public ObjectNode validate(String workspaceId, ObjectNode definition) {
        ObjectNode flow = definition.deepCopy();
        Check check = new Check(workspaceId, schemas.flow(flow));
        check.flow(flow);
        if (!check.errors.isEmpty()) {
            List<FieldError> errors = check.errors;
            String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                    : errors.size() + " fields break the rules";
            throw new ProblemException(Problem.invalid(detail, errors));
        }
        return flow;
    }

    /** One validation: the errors found so far, and the connections already looked up. */
    private final class Check {

        final String workspaceId;
        final List<FieldError> errors;
        /** Fields the schema already faulted: the checks below do not add a second message about them. */
        final Set<String> schemaFaulted = new HashSet<>();
        final Map<String, Optional<Connection>> seen = new HashMap<>();

        Check(String workspaceId, List<FieldError> schemaErrors) {
            this.workspaceId = workspaceId;
            this.errors = new ArrayList<>(schemaErrors);
            schemaErrors.forEach(error -> schemaFaulted.add(error.field()));
        }

        void error(String field, String message) {
            if (!schemaFaulted.contains(field)) {
                errors.add(new FieldError(field, message));
            }
        }

        void flow(ObjectNode flow) {
            defaultTo(flow, "enabled", NODES.booleanNode(false));
            ObjectNode trigger = object(flow, "trigger", NODES.objectNode().put("type", "manual"));
            boolean webhook = trigger != null && "webhook".equals(text(trigger, "type"));
            if (trigger != null) {
                trigger(trigger);
            }
            JsonNode source = flow.get("source");
            if (webhook && source != null) {
                error("source", "must be left out: a webhook flow's records come from its hook");
            } else if (!webhook && source == null) {
                error("source", "is required: only webhook flows have none");
            } else if (source instanceof ObjectNode sourceObject) {
                source(sourceObject);
            }
            scope("", flow);
            settings(flow);
            ObjectNode alerts = object(flow, "alerts", NODES.objectNode());
            if (alerts != null) {
                defaultTo(alerts, "subscribers", NODES.arrayNode());
            }
        }

        void trigger(ObjectNode trigger) {
            String type = text(trigger, "type");
            if ("schedule".equals(type)) {
                String cron = text(trigger, "cron");
                if (cron != null) {
                    Cron.problem(cron).ifPresent(why -> error("trigger.cron", why));
                }
            } else if ("webhook".equals(type)) {
                if (trigger.has("connection")) {
                    operation("trigger", trigger, "listener", false);
                } else {
                    defaultTo(trigger, "keyField", NODES.textNode("id"));
                    expression("trigger.keyField", trigger);
                }
            }
        }

        void source(ObjectNode source) {
            ObjectNode operation = operation("source", source, "source", false);
            defaultTo(source, "sync", NODES.textNode("full"));
            if (operation != null && "delta".equals(text(source, "sync"))
                    && !operation.path("delta").asBoolean(false)) {
                error("source.sync", "cannot be delta: operation " + operation.path("name").asText()
                        + " reads in full only");
            }
        }

        /** The flow's or a route's steps and destinations; {@code prefix} is empty or ends with a dot. */
        void scope(String prefix, ObjectNode owner) {
            ArrayNode steps = array(owner, "steps");
            ArrayNode destinations = array(owner, "destinations");
            boolean endsWithBranch = false;
            if (steps != null) {
                names(prefix + "steps", steps, step -> text(step, "type") != null ? text(step, "type") : "step");
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i) instanceof ObjectNode step) {
                        boolean last = i == steps.size() - 1;
                        endsWithBranch |= step(prefix + "steps[" + i + "]", step, last) && last;
                    }
                }
            }
            if (destinations != null) {
                if (endsWithBranch && !destinations.isEmpty()) {
                    error(prefix + "destinations", "must be empty: the routes of the last step (a branch) have them");
                } else if (!endsWithBranch && destinations.isEmpty()) {
                    error(prefix + "destinations", "needs at least one destination");
                }
                names(prefix + "destinations", destinations, destination -> "destination");
                for (int i = 0; i < destinations.size(); i++) {
                    if (destinations.get(i) instanceof ObjectNode destination) {
                        destination(prefix + "destinations[" + i + "]", destination);
                    }
                }
            }
        }

        /** @return whether it is a branch */
        boolean step(String field, ObjectNode step, boolean last) {
            switch (String.valueOf(text(step, "type"))) {
                case "map" -> {
                    expression(field + ".expression", step);
                    expression(field + ".key", step);
                }
                case "filter" -> expression(field + ".condition", step);
                case "lookup" -> lookup(field, step);
                case "branch" -> {
                    if (!last) {
                        error(field, "is a branch, which must be the last step: its routes' steps come after it");
                    }
                    branch(field, step);
                    return true;
                }
                default -> {
                    // an unknown type: the schema said so
                }
            }
            return false;
        }

        void lookup(String field, ObjectNode lookup) {
            // params merged in at run time may bring required config fields
            operation(field, lookup, "source", lookup.has("params"));
            expression(field + ".params", lookup);
            defaultTo(lookup, "per", NODES.textNode("record"));
            defaultTo(lookup, "single", NODES.booleanNode(false));
            if (lookup.get("match") instanceof ObjectNode match) {
                expression(field + ".match.record", match);
                expression(field + ".match.lookup", match);
            }
        }

        void branch(String field, ObjectNode branch) {
            defaultTo(branch, "mode", NODES.textNode("first"));
            ArrayNode routes = array(branch, "routes");
            if (routes == null) {
                return;
            }
            names(field + ".routes", routes, route -> "route");
            for (int r = 0; r < routes.size(); r++) {
                if (routes.get(r) instanceof ObjectNode route) {
                    String routeField = field + ".routes[" + r + "]";
                    expression(routeField + ".condition", route);
                    scope(routeField + ".", route);
                }
            }
        }

        void destination(String field, ObjectNode destination) {
            ObjectNode operation = operation(field, destination, "destination", false);
            defaultTo(destination, "mode", NODES.textNode("upsert"));
            String mode = text(destination, "mode");
            if (operation != null && mode != null) {
                List<String> modes = new ArrayList<>();
                operation.path("modes").forEach(allowed -> modes.add(allowed.asText()));
                if (!modes.contains(mode)) {
                    error(field + ".mode", "is " + mode + ", which operation " + operation.path("name").asText()
                            + " does not allow (it allows " + String.join(", ", modes) + ")");
                }
            }
        }

        void settings(ObjectNode flow) {
            ObjectNode settings = object(flow, "settings", NODES.objectNode());
            if (settings == null) {
                return;
            }
            defaultTo(settings, "pageSize", NODES.numberNode(500));
            defaultTo(settings, "concurrency", NODES.numberNode(1));
            defaultTo(settings, "overlap", NODES.textNode("skip"));
            ObjectNode retry = object(settings, "retry", NODES.objectNode());
            if (retry != null) {
                defaultTo(retry, "attempts", NODES.numberNode(3));
                defaultTo(retry, "backoffMillis", NODES.numberNode(500));
                defaultTo(retry, "multiplier", NODES.numberNode(2.0));
                defaultTo(retry, "maxBackoffMillis", NODES.numberNode(30000));
            }
        }

        /**
         * Checks a use of a connector operation (connection, version range, operation and its kind, config) and
         * fills in its version range and config.
         *
         * @return the operation's descriptor; null when it could not be found
         */
        ObjectNode operation(String field, ObjectNode node, String kind, boolean missingConfigAllowed) {
            defaultTo(node, "config", NODES.objectNode());
            String connectionId = text(node, "connection");
            if (connectionId == null) {
                return null;
            }
            Connection connection = seen.computeIfAbsent(connectionId, connections)
                    .filter(found -> workspaceId.equals(found.workspaceId())).orElse(null);
            if (connection == null) {
                error(field + ".connection", NO_CONNECTION);
                return null;
            }
            String range = versionRange(field + ".version", node, connection);
            if (range == null) {
                return null;
            }
            ConnectorInfo connector = registry.resolve(connection.connectorId(), range)
                    .filter(info -> info.state() == ConnectorState.ACTIVE && info.descriptor() != null)
                    .orElse(null);
            if (connector == null) {
                error(field + ".version", "connector " + connection.connectorId() + " has no active version in "
                        + range);
                return null;
            }
            String name = text(node, "operation");
            if (name == null) {
                return null;
            }
            ObjectNode operation = find(connector, name);
            String found = operation == null ? null : operation.path("kind").asText();
            if (!kind.equals(found)) {
                String of = "connector " + connector.id() + " " + connector.version();
                error(field + ".operation", (operation == null ? "is not an operation of " + of
                        : "is a " + found + " operation of " + of + ", not a " + kind + " one")
                        + namesOf(connector, kind));
                return null;
            }
            if (node.get("config") instanceof ObjectNode config) {
                // definitions are stored and shown in plain text; only connections encrypt and mask secrets
                Set<String> secrets = Secrets.in(operation.path("config"), config, field + ".config");
                secrets.forEach(secret -> error(secret, SECRET));
                String cacheKey = connector.id() + "|" + connector.version() + "|" + connector.bundleId() + "|" + name;
                try {
                    // a secret's own schema errors do not matter: it has to go
                    schemas.config(cacheKey, operation.path("config"), config, field + ".config", missingConfigAllowed)
                            .stream().filter(error -> !secrets.contains(error.field())).forEach(errors::add);
                } catch (IllegalArgumentException e) {
                    error(field + ".config", "cannot be checked: the operation's config schema is unusable");
                }
            }
            return operation;
        }

        /** The node's version range, checked, or the default one it now has; null after an error. */
        String versionRange(String field, ObjectNode node, Connection connection) {
            if (!node.has("version")) {
                try {
                    Version version = Version.parseVersion(connection.connectorVersion());
                    String range = "[" + version + "," + (version.getMajor() + 1) + ".0.0)";
                    node.put("version", range);
                    return range;
                } catch (IllegalArgumentException e) {
                    error(field, "cannot default: the connection's connector version "
                            + connection.connectorVersion() + " is not a version");
                    return null;
                }
            }
            String range = text(node, "version");
            if (range == null) {
                return null;
            }
            try {
                if (new VersionRange(range).isEmpty()) {
                    error(field, "is an empty range: no version falls in " + range);
                    return null;
                }
                return range;
            } catch (IllegalArgumentException e) {
                error(field, "is not an OSGi version range such as [1.0,2.0) or a version such as 1.2.0");
                return null;
            }
        }

        void expression(String field, ObjectNode owner) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            String text = text(owner, name);
            if (text != null) {
                Expression.syntaxError(text).ifPresent(why -> error(field, "is not a JSONata expression: " + why));
            }
        }

        /** Names must be unique among siblings; the unnamed get {@code <base>-<n>}, e.g. map-1, map-2, route-1. */
        void names(String field, ArrayNode items, Function<ObjectNode, String> base) {
            Map<String, Integer> taken = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String name = items.get(i) instanceof ObjectNode item ? text(item, "name") : null;
                if (name != null) {
                    Integer first = taken.putIfAbsent(name, i);
                    if (first != null) {
                        error(field + "[" + i + "].name", "must be unique: " + field + "[" + first + "] is named "
                                + name + " too");
                    }
                }
            }
            Map<String, Integer> counters = new HashMap<>();
            for (JsonNode node : items) {
                if (node instanceof ObjectNode item && !item.has("name")) {
                    String prefix = base.apply(item);
                    String name;
                    do {
                        name = prefix + "-" + counters.merge(prefix, 1, Integer::sum);
                    } while (taken.containsKey(name));
                    taken.put(name, -1);
                    item.put("name", name);
                }
            }
        }
    }

    /**
     * The paths of the values in a config whose schema says {@code "writeOnly": true}: the fields the tenancy service
     * would encrypt and mask in a connection. Follows {@code properties}, {@code patternProperties},
     * {@code additionalProperties}, {@code items}, {@code allOf}/{@code anyOf}/{@code oneOf}, {@code then}/{@code else},
     * {@code dependentSchemas} and local {@code $ref}s; a value is secret if any of them marks it so.
     */
    private static final class Secrets {

        private static final List<String> SAME_VALUE_LISTS = List.of("allOf", "anyOf", "oneOf");
        private static final List<String> SAME_VALUE_SCHEMAS = List.of("then", "else");

        private final JsonNode root;
        private final Set<String> found = new LinkedHashSet<>();

        private Secrets(JsonNode root) {
            this.root = root;
        }

        static Set<String> in(JsonNode schema, JsonNode config, String field) {
            Secrets secrets = new Secrets(schema);
            secrets.visit(schema, config, field);
            return secrets.found;
        }

        private void visit(JsonNode schema, JsonNode value, String path) {
            if (schema == null || !schema.isObject()) {
                return;
            }
            if (schema.path("writeOnly").asBoolean(false)) {
                found.add(path);
                return;
            }
            JsonNode ref = schema.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                visit(root.at(ref.asText().substring(1)), value, path);
            }
            if (value instanceof ObjectNode object) {
                object.properties().forEach(field -> property(schema, field.getKey(), field.getValue(),
                        path + "." + field.getKey()));
            } else if (value instanceof ArrayNode array && schema.path("items").isObject()) {
                for (int i = 0; i < array.size(); i++) {
                    visit(schema.get("items"), array.get(i), path + "[" + i + "]");
                }
            }
            SAME_VALUE_LISTS.forEach(key -> schema.path(key).forEach(branch -> visit(branch, value, path)));
            SAME_VALUE_SCHEMAS.forEach(key -> visit(schema.get(key), value, path));
            schema.path("dependentSchemas").forEach(branch -> visit(branch, value, path));
        }

        /** As JSON Schema says: additionalProperties only covers names neither properties nor a pattern covers. */
        private void property(JsonNode schema, String name, JsonNode value, String path) {
            boolean covered = schema.path("properties").has(name);
            visit(schema.path("properties").get(name), value, path);
            for (Map.Entry<String, JsonNode> pattern : schema.path("patternProperties").properties()) {
                if (matches(pattern.getKey(), name)) {
                    covered = true;
                    visit(pattern.getValue(), value, path);
                }
            }
            if (!covered) {
                visit(schema.get("additionalProperties"), value, path);
            }
        }

        private static boolean matches(String regex, String name) {
            try {
                return Pattern.compile(regex).matcher(name).find();
            } catch (PatternSyntaxException e) {
                return false; // not a pattern Java reads: it covers no name here
            }
        }
    }

    private static ObjectNode find(ConnectorInfo connector, String operation) {
        for (JsonNode candidate : connector.descriptor().path("operations")) {
            if (candidate instanceof ObjectNode found && operation.equals(found.path("name").asText())) {
                return found;
            }
        }
        return null;
    }

    private static String namesOf(ConnectorInfo connector, String kind) {
        List<String> names = new ArrayList<>();
        for (JsonNode operation : connector.descriptor().path("operations")) {
            if (kind.equals(operation.path("kind").asText())) {
                names.add(operation.path("name").asText());
            }
        }
        return names.isEmpty() ? " (it has no " + kind + " operation)"
                : " (its " + kind + " operations: " + String.join(", ", names) + ")";
    }

    private static void defaultTo(ObjectNode node, String field, JsonNode value) {
        if (!node.has(field)) {
            node.set(field, value);
        }
    }

    /** The field as an object, set to {@code otherwise} when missing; null when it is something else. */
    private static ObjectNode object(ObjectNode node, String field, ObjectNode otherwise) {
        defaultTo(node, field, otherwise);
        return node.get(field) instanceof ObjectNode object ? object : null;
    }

    /** The field as an array, set to an empty one when missing; null when it is something else. */
    private static ArrayNode array(ObjectNode node, String field) {
        defaultTo(node, field, NODES.arrayNode());
        return node.get(field) instanceof ArrayNode array ? array : null;
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
