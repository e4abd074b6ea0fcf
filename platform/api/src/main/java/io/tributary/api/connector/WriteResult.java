package io.tributary.api.connector;

import java.util.Objects;

/**
 * What happened to one record written to a destination.
 *
 * @param key       the record's key
 * @param outcome   written, ignored or failed
 * @param message   why it was ignored or failed; null when written
 * @param retryable for a failure, whether trying again later may succeed
 */
public record WriteResult(String key, Outcome outcome, String message, boolean retryable) {

    /** The fate of one record. */
    public enum Outcome { OK, IGNORED, ERROR }

    public WriteResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static WriteResult ok(String key) {
        return new WriteResult(key, Outcome.OK, null, false);
    }

    public static WriteResult ignored(String key, String why) {
        return new WriteResult(key, Outcome.IGNORED, why, false);
    }

    public static WriteResult error(String key, String message, boolean retryable) {
        return new WriteResult(key, Outcome.ERROR, message, retryable);
    }
}
