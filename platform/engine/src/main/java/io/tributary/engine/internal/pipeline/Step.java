package io.tributary.engine.internal.pipeline;

import java.util.List;
import java.util.Map;

import com.dashjoin.jsonata.Jsonata;

/** One step of a pipeline, applied to a page's records at once; made by the flow compiler. */
public abstract sealed class Step permits MapStep, FilterStep, LookupStep, BranchStep {

    /** e.g. {@code steps[1]:big-only} or {@code steps[3]:by-region/routes[0]:eu/steps[0]:tag} */
    final String path;

    Step(String path) {
        this.path = path;
    }

    /** map, filter, lookup or branch */
    abstract String type();

    /** Applies this step and tells the tracer; returns the items that go on, the others got an issue. */
    abstract List<Item> run(List<Item> input, PageRun run);

    List<Item> traced(List<Item> input, List<Item> output, PageRun run) {
        run.trace(path, type(), input, output);
        return output;
    }

    StepIssue failed(String message) {
        return StepIssue.failed(path, message, false);
    }

    /** The words for a JSONata value in messages: its kind, never its content, which may be record data. */
    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value == Jsonata.NULL_VALUE) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a function";
    }
}
