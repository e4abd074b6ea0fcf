package io.tributary.engine.internal.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.WriteMode;
import io.tributary.engine.internal.pipeline.BranchStep;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.pipeline.Expression;
import io.tributary.engine.internal.pipeline.Expression.EvaluationException;
import io.tributary.engine.internal.pipeline.FilterStep;
import io.tributary.engine.internal.pipeline.JsonValues;
import io.tributary.engine.internal.pipeline.LookupSpec;
import io.tributary.engine.internal.pipeline.LookupStep;
import io.tributary.engine.internal.pipeline.MapStep;
import io.tributary.engine.internal.pipeline.Scope;
import io.tributary.engine.internal.pipeline.Step;
import io.tributary.engine.internal.pipeline.StepPipeline;

/**
 * Turns a definition that {@link FlowValidator} accepted (and normalized) into what runs: JSONata parsed, cron in
 * Quartz form, step paths such as {@code steps[3]:by-region/routes[0]:eu/steps[0]:tag}. Pure: no services.
 */
public final class FlowCompiler {

    private FlowCompiler() {
    }

    /** @throws IllegalArgumentException when the definition is not a normalized, valid one */
    public static CompiledFlow compile(ObjectNode definition) {
        Settings settings = settings(required(definition, "settings"));
        JsonNode source = definition.get("source");
        List<String> subscribers = new ArrayList<>();
        required(required(definition, "alerts"), "subscribers").forEach(address -> subscribers.add(address.asText()));
        return new CompiledFlow(text(definition, "name"), trigger(required(definition, "trigger")),
                source == null ? null : source(source),
                new StepPipeline(scope("", definition, settings.pageSize())), settings, subscribers);
    }

    private static TriggerSpec trigger(JsonNode trigger) {
        switch (text(trigger, "type")) {
            case "manual":
                return new TriggerSpec(TriggerSpec.Type.MANUAL, null, null, null, null, emptyConfig(), null);
            case "schedule":
                return new TriggerSpec(TriggerSpec.Type.SCHEDULE, Cron.toQuartz(text(trigger, "cron")), null, null,
                        null, emptyConfig(), null);
            case "webhook":
                if (trigger.has("connection")) {
                    return new TriggerSpec(TriggerSpec.Type.WEBHOOK, null, text(trigger, "connection"),
                            text(trigger, "operation"), text(trigger, "version"), config(trigger), null);
                }
                return new TriggerSpec(TriggerSpec.Type.WEBHOOK, null, null, null, null, emptyConfig(),
                        keyOf(Expression.compile(text(trigger, "keyField"))));
            default:
                throw new IllegalArgumentException("unknown trigger type " + text(trigger, "type"));
        }
    }

    /** A received object's key: what {@code keyField} gives for it, else a random UUID. */
    private static Function<ObjectNode, String> keyOf(Expression keyField) {
        return object -> {
            String key;
            try {
                key = JsonValues.asKey(keyField.evaluate(JsonValues.toJava(object)));
            } catch (EvaluationException e) {
                key = null;
            }
            return key != null ? key : UUID.randomUUID().toString();
        };
    }

    private static SourceSpec source(JsonNode source) {
        return new SourceSpec(text(source, "connection"), text(source, "operation"), text(source, "version"),
                config(source), "delta".equals(text(source, "sync")));
    }

    /** The steps and destinations of {@code owner} (the flow or a route); {@code prefix} is empty or ends with /. */
    private static Scope scope(String prefix, JsonNode owner, int pageSize) {
        List<Step> steps = new ArrayList<>();
        JsonNode stepNodes = required(owner, "steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode step = stepNodes.get(i);
            steps.add(step(prefix + "steps[" + i + "]:" + text(step, "name"), step, pageSize));
        }
        List<DestinationSpec> destinations = new ArrayList<>();
        JsonNode destinationNodes = required(owner, "destinations");
        for (int i = 0; i < destinationNodes.size(); i++) {
            JsonNode destination = destinationNodes.get(i);
            destinations.add(new DestinationSpec(prefix + "destinations[" + i + "]:" + text(destination, "name"),
                    text(destination, "connection"), text(destination, "operation"), text(destination, "version"),
                    config(destination), WriteMode.valueOf(text(destination, "mode").toUpperCase(Locale.ROOT))));
        }
        return new Scope(steps, destinations);
    }

    private static Step step(String path, JsonNode step, int pageSize) {
        switch (text(step, "type")) {
            case "map":
                return new MapStep(path, expression(step, "expression"), optionalExpression(step, "key"));
            case "filter":
                return new FilterStep(path, expression(step, "condition"));
            case "lookup":
                LookupSpec spec = new LookupSpec(path, text(step, "connection"), text(step, "operation"),
                        text(step, "version"), config(step));
                JsonNode match = step.get("match");
                return new LookupStep(path, spec, optionalExpression(step, "params"), text(step, "as"),
                        required(step, "single").asBoolean(),
                        "page".equals(text(step, "per"))
                                ? new LookupStep.Match(expression(match, "record"), expression(match, "lookup"))
                                : null,
                        pageSize);
            case "branch":
                List<BranchStep.Route> routes = new ArrayList<>();
                JsonNode routeNodes = required(step, "routes");
                for (int r = 0; r < routeNodes.size(); r++) {
                    JsonNode route = routeNodes.get(r);
                    String routePath = path + "/routes[" + r + "]:" + text(route, "name");
                    routes.add(new BranchStep.Route(routePath, optionalExpression(route, "condition"),
                            scope(routePath + "/", route, pageSize)));
                }
                return new BranchStep(path, "all".equals(text(step, "mode")), routes);
            default:
                throw new IllegalArgumentException("unknown step type " + text(step, "type") + " at " + path);
        }
    }

    private static Settings settings(JsonNode settings) {
        JsonNode retry = required(settings, "retry");
        return new Settings(required(settings, "pageSize").asInt(), required(settings, "concurrency").asInt(),
                Settings.Overlap.valueOf(text(settings, "overlap").toUpperCase(Locale.ROOT)),
                new Settings.RetryPolicy(required(retry, "attempts").asInt(),
                        required(retry, "backoffMillis").asLong(), required(retry, "multiplier").asDouble(),
                        required(retry, "maxBackoffMillis").asLong()));
    }

    private static Expression expression(JsonNode node, String field) {
        return Expression.compile(text(node, field));
    }

    private static Expression optionalExpression(JsonNode node, String field) {
        return node.has(field) ? expression(node, field) : null;
    }

    private static ObjectNode config(JsonNode node) {
        return ((ObjectNode) required(node, "config")).deepCopy();
    }

    private static ObjectNode emptyConfig() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("not a normalized flow definition: " + field + " is missing");
        }
        return value;
    }
}
