package io.tributary.engine.internal.run;

import java.util.Map;

/** Where the engine posts {@code FlowEvents}: EventAdmin in the platform, when it is there. */
@FunctionalInterface
public interface ErrorEvents {

    ErrorEvents NONE = (topic, properties) -> { };

    /** Posts asynchronously; never throws back at the run. */
    void post(String topic, Map<String, Object> properties);
}
