package io.tributary.engine.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.flow.RecordOutcome;
import io.tributary.api.flow.RecordOutcome.Outcome;

class PageOutcomesTest {

    @Test
    void outcomesKeepTheirOrderKeysAndSteps() {
        String json = PageOutcomes.encode(List.of(new PageOutcomes.Entry("a", Outcome.SUCCESS, null),
                new PageOutcomes.Entry("b", Outcome.IGNORED, "steps[0]:f"),
                new PageOutcomes.Entry("c\"d", Outcome.ERROR, "destinations[0]:w")));

        assertEquals("[\"a\",[\"b\",\"i\",\"steps[0]:f\"],[\"c\\\"d\",\"e\",\"destinations[0]:w\"]]", json);
        assertEquals(List.of(new RecordOutcome("a", Outcome.SUCCESS, null, 4),
                new RecordOutcome("b", Outcome.IGNORED, "steps[0]:f", 4),
                new RecordOutcome("c\"d", Outcome.ERROR, "destinations[0]:w", 4)), PageOutcomes.decode(json, 4));
    }
}
