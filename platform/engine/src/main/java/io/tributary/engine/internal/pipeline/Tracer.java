package io.tributary.engine.internal.pipeline;

import java.util.List;

import io.tributary.api.connector.Record;

/** Told what each step did with a page, in the order the steps ran; previews collect it, runs ignore it. */
public interface Tracer {

    Tracer NONE = (step, type, input, output, issues) -> { };

    /**
     * @param issues pairs of the record key and what happened to it at this step
     */
    void step(String step, String type, List<Record> input, List<Record> output, List<KeyedIssue> issues);

    /** An issue with the key of the record it concerns. */
    record KeyedIssue(String key, StepIssue issue) {
    }
}
