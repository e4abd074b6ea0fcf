package io.tributary.engine.internal.run;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import io.tributary.engine.internal.connect.ConnectorBinder;
import io.tributary.engine.internal.data.Repositories;

/**
 * What every run of this engine shares.
 *
 * @param clock        the engine's clock, in whole milliseconds so that stored times compare exactly
 * @param readers      runs' reader threads (one per executing run)
 * @param transformers the pool transforming pages of all runs
 */
public record RunEnvironment(Repositories repositories, ConnectorBinder binder, CompiledFlows compiled, Clock clock,
                             Retries.Sleeper sleeper, ErrorEvents events, ExecutorService readers,
                             ExecutorService transformers, String nodeId) {

    public PageCommit commit() {
        return new PageCommit(repositories, clock);
    }
}
