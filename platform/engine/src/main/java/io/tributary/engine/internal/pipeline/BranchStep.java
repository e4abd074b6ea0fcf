package io.tributary.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.dashjoin.jsonata.Jsonata;

import io.tributary.engine.internal.pipeline.Expression.EvaluationException;

/**
 * Sends each record down the first route whose condition is true, or down every such route; a record no route takes
 * is ignored. The last step of its scope: the routes' own steps and destinations take over.
 */
public final class BranchStep extends Step {

    /**
     * @param path      e.g. {@code steps[3]:by-region/routes[0]:eu}
     * @param condition null: the route takes every record
     */
    public record Route(String path, Expression condition, Scope scope) {
    }

    private final boolean all;
    private final List<Route> routes;

    /** @param all true to send a record down every matching route, false for the first one only */
    public BranchStep(String path, boolean all, List<Route> routes) {
        super(path);
        this.all = all;
        this.routes = List.copyOf(routes);
    }

    List<Route> routes() {
        return routes;
    }

    @Override
    String type() {
        return "branch";
    }

    @Override
    List<Item> run(List<Item> input, PageRun run) {
        List<List<Item>> taken = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            taken.add(new ArrayList<>());
        }
        List<Item> routed = new ArrayList<>(input.size());
        int[] matched = new int[routes.size()];
        for (Item item : input) {
            int count = match(item, matched, run);
            for (int m = 0; m < count; m++) {
                taken.get(matched[m]).add(item);
            }
            if (count > 0) {
                routed.add(item);
            }
        }
        traced(input, routed, run);
        for (int r = 0; r < routes.size(); r++) {
            routes.get(r).scope().run(taken.get(r), run);
        }
        return List.of();
    }

    /** Puts the indexes of the routes the item takes into {@code matched}; a failure or no match is an issue. */
    private int match(Item item, int[] matched, PageRun run) {
        int count = 0;
        for (int r = 0; r < routes.size() && (all || count == 0); r++) {
            Expression condition = routes.get(r).condition();
            try {
                if (condition == null || Jsonata.boolize(condition.evaluate(item.value()))) {
                    matched[count++] = r;
                }
            } catch (EvaluationException e) {
                run.issue(item, failed("condition of " + routes.get(r).path() + " failed: " + e.getMessage()));
                return 0;
            }
        }
        if (count == 0) {
            run.issue(item, StepIssue.ignored(path, "no route matched"));
        }
        return count;
    }
}
