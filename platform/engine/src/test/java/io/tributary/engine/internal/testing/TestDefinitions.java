package io.tributary.engine.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.WriteMode;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Problems;
import io.tributary.engine.internal.definition.CompiledFlow;
import io.tributary.engine.internal.definition.Settings;
import io.tributary.engine.internal.definition.SourceSpec;
import io.tributary.engine.internal.definition.TriggerSpec;
import io.tributary.engine.internal.pipeline.DestinationSpec;
import io.tributary.engine.internal.run.Definitions;

/**
 * The definition format of the engine's README read just far enough for the runtime's tests: trigger, source,
 * destinations and settings; the steps are always {@link TestPipeline}'s. Validation only asks for a name.
 */
public final class TestDefinitions implements Definitions {

    @Override
    public ObjectNode validate(String workspaceId, ObjectNode definition) {
        if (!definition.path("name").isTextual() || definition.path("name").asText().isBlank()) {
            throw Problems.invalid("name", "is required");
        }
        ObjectNode normalized = definition.deepCopy();
        if (!normalized.has("enabled")) {
            normalized.put("enabled", false);
        }
        return normalized;
    }

    @Override
    public CompiledFlow compile(ObjectNode definition) {
        JsonNode settings = definition.path("settings");
        JsonNode retry = settings.path("retry");
        Settings compiled = new Settings(settings.path("pageSize").asInt(500), settings.path("concurrency").asInt(1),
                Settings.Overlap.valueOf(settings.path("overlap").asText("skip").toUpperCase(Locale.ROOT)),
                new Settings.RetryPolicy(retry.path("attempts").asInt(3), retry.path("backoffMillis").asLong(1),
                        retry.path("multiplier").asDouble(2.0), retry.path("maxBackoffMillis").asLong(5)));
        List<DestinationSpec> destinations = new ArrayList<>();
        JsonNode declared = definition.path("destinations");
        for (int i = 0; i < declared.size(); i++) {
            JsonNode d = declared.get(i);
            destinations.add(new DestinationSpec("destinations[" + i + "]:" + d.path("name").asText(),
                    d.path("connection").asText(), d.path("operation").asText("write"), null,
                    (ObjectNode) d.path("config").deepCopy(), WriteMode.valueOf(d.path("mode").asText("upsert")
                    .toUpperCase(Locale.ROOT))));
        }
        List<String> subscribers = new ArrayList<>();
        definition.path("alerts").path("subscribers").forEach(address -> subscribers.add(address.asText()));
        return new CompiledFlow(definition.path("name").asText(), trigger(definition.path("trigger")),
                source(definition.path("source")), new TestPipeline(destinations, settings.path("jitterMillis")
                .asInt(0)), compiled, subscribers);
    }

    private static TriggerSpec trigger(JsonNode trigger) {
        TriggerSpec.Type type = TriggerSpec.Type.valueOf(trigger.path("type").asText("manual")
                .toUpperCase(Locale.ROOT));
        String connection = trigger.path("connection").asText(null);
        return new TriggerSpec(type, trigger.path("cron").asText(null), connection,
                connection == null ? null : trigger.path("operation").asText("hook"), null,
                trigger.has("config") ? (ObjectNode) trigger.get("config").deepCopy() : Json.object(),
                type == TriggerSpec.Type.WEBHOOK && connection == null
                        ? data -> data.hasNonNull("id") ? data.get("id").asText() : UUID.randomUUID().toString()
                        : null);
    }

    private static SourceSpec source(JsonNode source) {
        if (source.isMissingNode()) {
            return null;
        }
        return new SourceSpec(source.path("connection").asText(), source.path("operation").asText("items"), null,
                source.has("config") ? (ObjectNode) source.get("config").deepCopy() : Json.object(),
                "delta".equals(source.path("sync").asText()));
    }
}
