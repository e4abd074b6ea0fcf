package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.dashjoin.jsonata.Jsonata;

import io.tributary.engine.internal.pipeline.Expression.EvaluationException;

/**
 * Lets through the records for which its condition is true, by JSONata's rules ({@code $boolean}: a non-empty
 * string or a non-zero number is true, nothing is false); the others are ignored.
 */
public final class FilterStep extends Step {

    private final Expression condition;
    private final String filteredOut;

    public FilterStep(String path, Expression condition) {
        super(path);
        this.condition = condition;
        this.filteredOut = "filtered out by " + condition.text();
    }

    @Override
    String type() {
        return "filter";
    }

    @Override
    List<Item> run(List<Item> input, PageRun run) {
        List<Item> output = new ArrayList<>(input.size());
        for (Item item : input) {
            boolean passes;
            try {
                passes = Jsonata.boolize(condition.evaluate(item.value()));
            } catch (EvaluationException e) {
                run.issue(item, failed("condition failed: " + e.getMessage()));
                continue;
            }
            if (passes) {
                output.add(item);
            } else {
                run.issue(item, StepIssue.ignored(path, filteredOut));
            }
        }
        return traced(input, output, run);
    }
}
