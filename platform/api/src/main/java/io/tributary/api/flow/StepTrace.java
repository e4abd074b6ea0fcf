package io.tributary.api.flow;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one step did in a preview.
 *
 * @param step   the step's path, e.g. {@code steps[0]:shape}, {@code steps[2]:route/routes[0]:eu/steps[0]:tag},
 *               or {@code destinations[0]:warehouse} for what would be written
 * @param type   map, filter, lookup, branch or destination
 * @param input  the records that came in, each {@code {key, data}}
 * @param output the records that went on (for a destination: would have been written), each {@code {key, data}}
 * @param issues records ignored or failed here, each {@code {key, outcome, message}}
 */
public record StepTrace(String step, String type, List<JsonNode> input, List<JsonNode> output,
                        List<JsonNode> issues) {

    public StepTrace {
        input = List.copyOf(input);
        output = List.copyOf(output);
        issues = List.copyOf(issues);
    }
}
