package io.tributary.api.flow;

import java.util.Locale;

/**
 * The fate of one record in a run.
 *
 * @param key     the record's key
 * @param outcome success, ignored or error
 * @param step    for ignored and error, the step that ignored or failed it; null for success
 * @param page    the sequence number of the page it came in, from 1
 */
public record RecordOutcome(String key, Outcome outcome, String step, long page) {

    public enum Outcome {
        SUCCESS, IGNORED, ERROR;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
