package io.tributary.engine.internal.run;

import io.tributary.api.connector.Record;
import io.tributary.api.flow.RecordOutcome.Outcome;

/**
 * What became of one source record in a run.
 *
 * @param record    the record as read (its key is the error's key)
 * @param outcome   success, ignored or error
 * @param step      for ignored and error, where; null for success
 * @param message   for ignored and error, why; null for success
 * @param retryable for an error, whether trying again may succeed
 */
public record RecordFate(Record record, Outcome outcome, String step, String message, boolean retryable) {

    public static RecordFate success(Record record) {
        return new RecordFate(record, Outcome.SUCCESS, null, null, false);
    }
}
