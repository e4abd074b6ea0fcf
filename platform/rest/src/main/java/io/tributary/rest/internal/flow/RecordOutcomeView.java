package io.tributary.rest.internal.flow;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.flow.RecordOutcome;

/** What became of one record of a run; the outcome in lower case. */
@Schema(name = "RecordOutcome")
public record RecordOutcomeView(String key,
                                @Schema(allowableValues = {"success", "ignored", "error"}) String outcome,
                                @Schema(description = "the step that ignored or failed it; null for a success")
                                String step,
                                @Schema(description = "the page it came in, from 1") long page) {

    static RecordOutcomeView of(RecordOutcome outcome) {
        return new RecordOutcomeView(outcome.key(), outcome.outcome().jsonName(), outcome.step(), outcome.page());
    }
}
