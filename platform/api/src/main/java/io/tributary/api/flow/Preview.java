package io.tributary.api.flow;

import java.util.List;

/**
 * A dry run of a flow's steps over sample records or the source's first page; nothing is written.
 *
 * @param source where the records came from: {@code sample} or {@code source}
 * @param steps  each step's input and output in the order they ran, destinations last
 */
public record Preview(String source, List<StepTrace> steps) {

    public Preview {
        steps = List.copyOf(steps);
    }
}
