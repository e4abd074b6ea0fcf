package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tributary.engine.internal.pipeline.Expression.EvaluationException;

/** Replaces each record's data by what its expression makes of it (an object), and optionally its key. */
public final class MapStep extends Step {

    private final Expression expression;
    private final Expression key;

    /** @param key over the new data, the record's new key; null keeps the key */
    public MapStep(String path, Expression expression, Expression key) {
        super(path);
        this.expression = expression;
        this.key = key;
    }

    @Override
    String type() {
        return "map";
    }

    @Override
    List<Item> run(List<Item> input, PageRun run) {
        List<Item> output = new ArrayList<>(input.size());
        for (Item item : input) {
            Object data;
            try {
                data = expression.evaluate(item.value());
            } catch (EvaluationException e) {
                run.issue(item, failed("expression failed: " + e.getMessage()));
                continue;
            }
            if (!(data instanceof Map)) {
                run.issue(item, failed("expression gave " + describe(data) + ", not an object"));
                continue;
            }
            String newKey = item.key;
            if (key != null) {
                Object keyValue;
                try {
                    keyValue = key.evaluate(data);
                } catch (EvaluationException e) {
                    run.issue(item, failed("key failed: " + e.getMessage()));
                    continue;
                }
                newKey = JsonValues.asKey(keyValue);
                if (newKey == null) {
                    run.issue(item, failed("key gave " + describe(keyValue) + ", not a string, number or boolean"));
                    continue;
                }
            }
            output.add(Item.ofValue(item.origin, newKey, data));
        }
        return traced(input, output, run);
    }
}
