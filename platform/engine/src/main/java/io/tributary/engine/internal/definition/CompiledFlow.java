package io.tributary.engine.internal.definition;

import java.util.List;

import io.tributary.engine.internal.pipeline.Pipeline;

/**
 * A validated definition, ready to run: JSONata parsed, cron translated, defaults filled in.
 * Made by {@code FlowCompiler.compile(normalizedDefinition)}.
 *
 * @param name        the flow's name
 * @param trigger     what starts it
 * @param source      where records come from; null for a webhook flow
 * @param pipeline    the steps and destinations
 * @param settings    page size, concurrency, overlap, retry policy
 * @param subscribers e-mail addresses for alert digests
 */
public record CompiledFlow(String name, TriggerSpec trigger, SourceSpec source, Pipeline pipeline, Settings settings,
                           List<String> subscribers) {

    public CompiledFlow {
        subscribers = List.copyOf(subscribers);
    }
}
