package io.tributary.engine.internal.pipeline;

/**
 * A record ignored or failed at a step.
 *
 * @param step      the step's path, e.g. {@code steps[1]:big-only}
 * @param error     true for a failure (an error is opened), false for ignored
 * @param message   why, in words
 * @param retryable for a failure, whether trying again may succeed (e.g. a lookup's connector said so)
 */
public record StepIssue(String step, boolean error, String message, boolean retryable) {

    public static StepIssue ignored(String step, String why) {
        return new StepIssue(step, false, why, false);
    }

    public static StepIssue failed(String step, String message, boolean retryable) {
        return new StepIssue(step, true, message, retryable);
    }
}
