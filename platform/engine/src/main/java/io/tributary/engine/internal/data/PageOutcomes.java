package io.tributary.engine.internal.data;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.engine.internal.common.Json;

/**
 * The outcomes of one page's records in read order, stored compactly as one JSON array: a success is its key
 * alone, an ignored or failed record {@code [key, "i"|"e", step]}. Ten thousand records fit in a few hundred KB.
 */
public final class PageOutcomes {

    private PageOutcomes() {
    }

    /** One record's outcome before it is numbered with its page. */
    public record Entry(String key, Outcome outcome, String step) {
    }

    public static String encode(List<Entry> entries) {
        ArrayNode array = Json.array();
        for (Entry entry : entries) {
            if (entry.outcome() == Outcome.SUCCESS) {
                array.add(entry.key());
            } else {
                array.addArray().add(entry.key()).add(entry.outcome() == Outcome.IGNORED ? "i" : "e")
                        .add(entry.step());
            }
        }
        return Json.write(array);
    }

    public static List<RecordOutcome> decode(String json, long page) {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (JsonNode item : Json.read(json)) {
            if (item.isTextual()) {
                outcomes.add(new RecordOutcome(item.asText(), Outcome.SUCCESS, null, page));
            } else {
                Outcome outcome = "i".equals(item.get(1).asText()) ? Outcome.IGNORED : Outcome.ERROR;
                outcomes.add(new RecordOutcome(item.get(0).asText(), outcome, item.get(2).asText(null), page));
            }
        }
        return outcomes;
    }
}
